import { describe, expect, it } from "vitest";
import type { TriageInput } from "./input";
import { triage } from "./triage";

const codes = (input: TriageInput) => triage(input).flags.map((flag) => flag.code);

describe("triage: the three advices", () => {
  it("gives self-care first when nothing worrying was answered", () => {
    const result = triage({
      location: "left",
      onset: "acute",
      pop: false,
      visibleDent: false,
      weightBearing: "painful",
      swellingOrBruising: false,
      strengthLoss: false,
      walkingHard: false,
      crampDuration: "minutes",
      crampTrend: "stable",
      crampAtMinimalEffort: false,
      oneLegMuchMore: false,
      noImprovementAfterRestWeek: false,
    });
    expect(result).toEqual({ outcome: "self_care", flags: [] });
  });

  it("gives self-care when nothing is known: an empty or unanswered check raises no flag", () => {
    expect(triage({})).toEqual({ outcome: "self_care", flags: [] });
  });

  it("advises a movement-chain analysis when only attention signs are present", () => {
    expect(triage({ crampTrend: "increasing" }).outcome).toBe("book_analysis");
  });

  it("advises seeing someone soon as soon as one urgent sign is present, whatever else is answered", () => {
    const result = triage({ crampTrend: "increasing", crampDuration: "longer", pop: true });
    expect(result.outcome).toBe("see_soon");
    expect(result.flags.map((flag) => flag.code)).toEqual(["pop", "cramp_increasing", "cramp_long"]);
  });
});

describe("triage: signs of a possible tear (see someone soon)", () => {
  it.each([
    ["a felt or heard pop", { pop: true }, "pop"],
    ["a visible dent", { visibleDent: true }, "visible_dent"],
    ["being unable to bear weight", { weightBearing: "impossible" }, "cannot_bear_weight"],
    ["swelling or bruising", { swellingOrBruising: true }, "swelling_or_bruising"],
    ["clear loss of strength", { strengthLoss: true }, "clear_strength_loss"],
    ["walking being hard", { walkingHard: true }, "walking_hard"],
  ] as const)("%s", (_name, input, code) => {
    const result = triage(input);
    expect(result.outcome).toBe("see_soon");
    expect(result.flags).toHaveLength(1);
    expect(result.flags[0]).toMatchObject({ code, severity: "urgent" });
  });

  it("treats cramp with swelling or bruising as a warning sign, not as ordinary cramp", () => {
    expect(triage({ crampDuration: "minutes", crampTrend: "stable", swellingOrBruising: true }).outcome).toBe("see_soon");
  });

  it("does not flag pain when standing: a grade-1 overload is painful but the leg still carries you", () => {
    expect(codes({ weightBearing: "painful" })).toEqual([]);
    expect(codes({ weightBearing: "normal" })).toEqual([]);
  });

  it("does not flag an acute start on its own", () => {
    expect(triage({ onset: "acute" }).outcome).toBe("self_care");
  });
});

describe("triage: signs a professional should look at (book an analysis)", () => {
  it.each([
    ["cramp that comes more and more often", { crampTrend: "increasing" }, "cramp_increasing"],
    ["cramp lasting longer than a few minutes", { crampDuration: "longer" }, "cramp_long"],
    ["cramp at minimal effort", { crampAtMinimalEffort: true }, "cramp_minimal_effort"],
    ["one leg far more than the other", { oneLegMuchMore: true }, "one_leg_much_more"],
    ["no improvement after a week of rest", { noImprovementAfterRestWeek: true }, "no_improvement_after_rest"],
  ] as const)("%s", (_name, input, code) => {
    const result = triage(input);
    expect(result.outcome).toBe("book_analysis");
    expect(result.flags).toHaveLength(1);
    expect(result.flags[0]).toMatchObject({ code, severity: "attention" });
  });

  it("does not flag cramp that lasts up to a few minutes, or that comes about as often as before", () => {
    expect(codes({ crampDuration: "minutes" })).toEqual([]);
    expect(codes({ crampDuration: "none" })).toEqual([]);
    expect(codes({ crampTrend: "stable" })).toEqual([]);
    expect(codes({ crampTrend: "none" })).toEqual([]);
  });

  it("does not flag a 'no' answer", () => {
    expect(codes({ crampAtMinimalEffort: false, oneLegMuchMore: false, noImprovementAfterRestWeek: false })).toEqual([]);
  });

  it("does not treat a one-sided complaint as asymmetry: only the explicit answer counts", () => {
    expect(codes({ location: "left" })).toEqual([]);
    expect(codes({ location: "elsewhere" })).toEqual([]);
  });

  it("names every sign that applies, each with its own reason", () => {
    const result = triage({ crampTrend: "increasing", crampDuration: "longer", crampAtMinimalEffort: true, oneLegMuchMore: true, noImprovementAfterRestWeek: true });
    expect(result.outcome).toBe("book_analysis");
    expect(result.flags).toHaveLength(5);
    expect(new Set(result.flags.map((flag) => flag.reason)).size).toBe(5);
  });
});

describe("triage: what each flag carries", () => {
  it("gives every flag a Dutch label for the therapist, a reason for the patient and a link to the article", () => {
    const everything = triage({
      pop: true,
      visibleDent: true,
      weightBearing: "impossible",
      swellingOrBruising: true,
      strengthLoss: true,
      walkingHard: true,
      crampDuration: "longer",
      crampTrend: "increasing",
      crampAtMinimalEffort: true,
      oneLegMuchMore: true,
      noImprovementAfterRestWeek: true,
    });
    expect(everything.flags).toHaveLength(11);
    for (const flag of everything.flags) {
      expect(flag.label.length).toBeGreaterThan(5);
      expect(flag.reason).toMatch(/^(Je|Het|Lopen)/);
      expect(flag.articleHref).toMatch(/^\/kennisbank\/[a-z-]+#[a-z0-9-]+$/);
      expect(Object.keys(flag).sort()).toEqual(["articleHref", "code", "label", "reason", "severity"]);
    }
    // Urgent signs come first, so the most important reason is named first.
    const severities = everything.flags.map((flag) => flag.severity);
    expect(severities.lastIndexOf("urgent")).toBeLessThan(severities.indexOf("attention"));
  });
});
