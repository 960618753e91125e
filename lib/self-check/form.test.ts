import { describe, expect, it } from "vitest";
import { triage } from "@/lib/triage";
import { selfCheckFormSchema } from "./form";
import { selfCheckQuestions } from "./questions";

const calm = {
  location: "right",
  onset: "gradual",
  pop: "no",
  visibleDent: "no",
  weightBearing: "normal",
  swellingOrBruising: "no",
  strengthLoss: "no",
  walkingHard: "no",
  crampDuration: "minutes",
  crampTrend: "stable",
  crampAtMinimalEffort: "no",
  oneLegMuchMore: "no",
  noImprovementAfterRestWeek: "no",
};

describe("the self-check form", () => {
  it("turns the answers into a triage input", () => {
    const parsed = selfCheckFormSchema.parse({ ...calm, pop: "yes" });
    expect(parsed).toMatchObject({ location: "right", onset: "gradual", pop: true, visibleDent: false, crampTrend: "stable" });
    expect(triage(parsed).outcome).toBe("see_soon");
  });

  it("leaves 'weet ik niet' and 'no cramp / not rested yet' answers out, so they raise no flag", () => {
    const parsed = selfCheckFormSchema.parse({ ...calm, onset: "unknown", pop: "unknown", crampAtMinimalEffort: "unknown", noImprovementAfterRestWeek: "unknown" });
    expect(parsed).not.toHaveProperty("onset");
    expect(parsed).not.toHaveProperty("pop");
    expect(parsed).not.toHaveProperty("crampAtMinimalEffort");
    expect(parsed).not.toHaveProperty("noImprovementAfterRestWeek");
    expect(triage(parsed)).toEqual({ outcome: "self_care", flags: [] });
  });

  it("asks for an answer to every question, in Dutch, next to the question", () => {
    const result = selfCheckFormSchema.safeParse({ location: "left" });
    expect(result.success).toBe(false);
    const fields = new Set(result.error!.issues.map((issue) => issue.path[0]));
    expect(fields.size).toBe(selfCheckQuestions.length - 1);
    expect(result.error!.issues.every((issue) => issue.message === "Kies een antwoord.")).toBe(true);
  });

  it("refuses an answer that is not one of the options", () => {
    expect(selfCheckFormSchema.safeParse({ ...calm, weightBearing: "soms" }).success).toBe(false);
  });

  it("accepts every option of every question", () => {
    for (const question of selfCheckQuestions) {
      for (const option of question.options) {
        expect(selfCheckFormSchema.safeParse({ ...calm, [question.name]: option.value }).success, `${question.name}=${option.value}`).toBe(true);
      }
    }
  });
});
