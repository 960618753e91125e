import { describe, expect, it } from "vitest";
import { intakeSchema } from "@/lib/validation/intake";
import { intakeTextFields } from "@/tests/booking-payload";
import { intakeValuesFromSelfCheck, triageInputFromIntake, triageIntake } from "./intake-triage";

// The shared calm intake, with a younger complaint and milder pain.
const base = { formVersion: "1", ...intakeTextFields({ complaintLocation: "right", since: "under_week", painNow: "2", painWorst: "4", stiffness: "none" }) };
const answers = (overrides: Record<string, string> = {}) => intakeSchema("2026-11-22").parse({ ...base, ...overrides });

describe("the intake in the terms of the triage", () => {
  it("calm answers give self-care advice, and no flags", () => {
    expect(triageIntake(answers())).toMatchObject({ outcome: "self_care", flagCodes: [] });
    // No cramp means the cramp questions count as "none", and an untried week of rest as unknown.
    expect(triageInputFromIntake(answers())).toMatchObject({ crampDuration: "none", crampTrend: "none" });
    expect(triageInputFromIntake(answers())).not.toHaveProperty("noImprovementAfterRestWeek");
  });

  it("a pop means see someone soon; cramp that comes more often means book an analysis", () => {
    expect(triageIntake(answers({ pop: "yes" }))).toMatchObject({ outcome: "see_soon", flagCodes: ["pop"] });
    const cramp = triageIntake(answers({ crampFrequency: "weekly", crampDuration: "minutes", crampTrend: "increasing", crampAtMinimalEffort: "no", restWeek: "not_better" }));
    expect(cramp.outcome).toBe("book_analysis");
    expect(cramp.flagCodes.sort()).toEqual(["cramp_increasing", "no_improvement_after_rest"]);
  });

  it("fills the intake from the self-check's answers, and they mean the same to the triage", () => {
    const fromSelfCheck = intakeValuesFromSelfCheck({ location: "left", pop: true, weightBearing: "painful", crampDuration: "none", crampTrend: "none", noImprovementAfterRestWeek: false });
    expect(fromSelfCheck).toEqual({ complaintLocation: "left", pop: "yes", weightBearing: "painful", crampFrequency: "never", restWeek: "better" });
    expect(triageIntake(answers(fromSelfCheck)).flagCodes).toEqual(["pop"]);
  });
});
