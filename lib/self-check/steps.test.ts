import { describe, expect, it } from "vitest";
import { selfCheckQuestions, type SelfCheckField } from "./questions";
import { applicableSteps, mergeStep, selfCheckProgress, toTriageInput, type SelfCheckAnswers } from "./steps";

const calm: SelfCheckAnswers = {
  location: "right",
  onset: "gradual",
  visibleDent: "no",
  weightBearing: "painful",
  swellingOrBruising: "no",
  strengthLoss: "no",
  walkingHard: "no",
  crampDuration: "minutes",
  crampTrend: "stable",
  crampAtMinimalEffort: "no",
  oneLegMuchMore: "no",
  noImprovementAfterRestWeek: "no",
};

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
};
const asked = (answers: SelfCheckAnswers) => applicableSteps(answers).flatMap((step) => step.questions);

describe("the self-check's steps", () => {
  it("starts with where and how it began, and asks nothing else yet", () => {
    const progress = selfCheckProgress({});
    expect(progress.kind === "ask" && progress.step.questions).toEqual(["location", "onset"]);
  });

  it("calm answers end in self-care, with every applicable question asked once", () => {
    const progress = selfCheckProgress(calm);
    expect(progress.kind === "advice" && progress.result.outcome).toBe("self_care");
  });

  describe("urgent: signs of a possible tear", () => {
    for (const [name, value] of [["pop", "yes"], ["visibleDent", "yes"], ["weightBearing", "impossible"], ["swellingOrBruising", "yes"]] as const) {
      it(`${name}=${value} → "see soon" straight after the tear questions, the rest skipped`, () => {
        const answers: SelfCheckAnswers = { location: "left", onset: "acute", pop: "no", visibleDent: "no", weightBearing: "normal", swellingOrBruising: "no", strengthLoss: "no", walkingHard: "no", [name]: value };
        const progress = selfCheckProgress(answers);
        expect(progress.kind).toBe("advice");
        if (progress.kind !== "advice") return;
        expect(progress.result.outcome).toBe("see_soon");
        expect(progress.input.crampDuration).toBeUndefined();
      });
    }

    it("swelling after cramp that started gradually is urgent too", () => {
      const progress = selfCheckProgress({ ...calm, swellingOrBruising: "yes" });
      expect(progress.kind === "advice" && progress.result.outcome).toBe("see_soon");
    });
  });

  describe("pain elsewhere", () => {
    it("stops after the first step with 'made for the hamstring', never self-care", () => {
      expect(selfCheckProgress({ location: "elsewhere", onset: "gradual" })).toEqual({ kind: "elsewhere" });
      expect(asked({ location: "elsewhere" })).toEqual(["location", "onset"]);
    });

    it("answers given before the location changed to elsewhere are dropped", () => {
      const merged = mergeStep({ ...calm }, "klacht", form({ location: "elsewhere", onset: "gradual" }));
      expect(merged).toEqual({ location: "elsewhere", onset: "gradual" });
    });
  });

  describe("skipping what no longer applies", () => {
    it("no cramp → no questions about how cramp goes", () => {
      expect(asked({ ...calm, crampDuration: "none" })).not.toContain("crampTrend");
      expect(asked({ ...calm, crampDuration: "none" })).not.toContain("crampAtMinimalEffort");
      expect(asked({ ...calm, crampDuration: "minutes" })).toEqual(expect.arrayContaining(["crampTrend", "crampAtMinimalEffort"]));
      const { crampTrend: _t, crampAtMinimalEffort: _e, ...noCramp } = { ...calm, crampDuration: "none" };
      const progress = selfCheckProgress(noCramp);
      expect(progress.kind === "advice" && progress.input.crampTrend).toBe("none");
    });

    it("pain that came on gradually is not asked about a 'knak' at the start", () => {
      expect(asked({ location: "left", onset: "gradual" })).not.toContain("pop");
      expect(asked({ location: "left", onset: "acute" })).toContain("pop");
      expect(toTriageInput({ ...calm, pop: "yes" }).pop).toBeUndefined();
    });

    it("a step sent incomplete names exactly its open questions; another step's are not marked", () => {
      const progress = selfCheckProgress({ location: "left", onset: "acute", pop: "no" }, "scheur");
      expect(progress.kind === "ask" && progress.missing).toEqual(["visibleDent", "weightBearing", "swellingOrBruising", "strengthLoss", "walkingHard"]);
      const fresh = selfCheckProgress({ location: "left", onset: "acute" }, "klacht");
      expect(fresh.kind === "ask" && fresh.missing).toEqual([]);
    });
  });

  it("only offered answers of the sent step are kept", () => {
    const merged = mergeStep({ location: "left", onset: "acute" }, "scheur", form({ pop: "YES", visibleDent: "no", location: "right", weightBearing: "<script>", __proto__: "x" }));
    expect(merged).toEqual({ location: "left", onset: "acute", visibleDent: "no" });
  });

  it("every question is asked in some step", () => {
    const all = new Set([...asked({ location: "left", onset: "acute", crampDuration: "longer" })]);
    for (const question of selfCheckQuestions) expect(all.has(question.name as SelfCheckField), question.name).toBe(true);
  });
});
