import { describe, expect, it } from "vitest";
import { emptyLink, type AssessmentContent } from "./chain";
import { revisionDiff } from "./diff";

function content(overrides: Partial<AssessmentContent> = {}): AssessmentContent {
  return {
    gradeEstimate: 1,
    conclusion: "Heupen compenseren.",
    weakLinks: ["hips"],
    notes: "",
    links: {
      feet_ankles: emptyLink(),
      knees: emptyLink(),
      hips: { rating: "compensating", findings: "Zwakke gluteus medius.", measures: { internalRotationLeft: 30 } },
      pelvis_lower_back: emptyLink(),
      core: emptyLink(),
      hamstring: { rating: "limited", findings: "", measures: { strengthLeft: 150, strengthRight: 200 } },
    },
    ...overrides,
  };
}

describe("revision diff", () => {
  it("finds nothing between identical revisions", () => {
    expect(revisionDiff(content(), content())).toEqual([]);
  });

  it("names each changed item with its value before and after", () => {
    const before = content();
    const after = content({
      gradeEstimate: 2,
      weakLinks: ["core", "hips"],
      conclusion: "Heupen en romp compenseren.",
      notes: "Over twee weken opnieuw meten.",
      links: {
        ...before.links,
        hips: { rating: "limited", findings: "Zwakke gluteus medius.", measures: { internalRotationLeft: 35 } },
        hamstring: { rating: "limited", findings: "", measures: { strengthLeft: 180, strengthRight: 200 } },
      },
    });
    expect(revisionDiff(before, after)).toEqual([
      { label: "Heupen · beoordeling", before: "Compenseert", after: "Beperkt" },
      { label: "Heupen · Endorotatie heup links", before: "30°", after: "35°" },
      { label: "Hamstring · Kracht hamstring links", before: "150 N", after: "180 N" },
      { label: "Hamstring · symmetrie", before: "75%", after: "90%" },
      { label: "Geschatte graad", before: "Graad 1 – overbelasting", after: "Graad 2 – gedeeltelijke scheur" },
      { label: "Zwakke schakels", before: "Heupen", after: "Heupen, Romp (core)" },
      { label: "Conclusie", before: "Heupen compenseren.", after: "Heupen en romp compenseren." },
      { label: "Notities", before: "(leeg)", after: "Over twee weken opnieuw meten." },
    ]);
  });

  it("reports cleared values and ignores the order of weak links", () => {
    const before = content({ weakLinks: ["hips", "core"] });
    const after = content({ weakLinks: ["core", "hips"], gradeEstimate: null, links: { ...before.links, hamstring: { rating: null, findings: "", measures: {} } } });
    expect(revisionDiff(before, after)).toEqual([
      { label: "Hamstring · beoordeling", before: "Beperkt", after: "(leeg)" },
      { label: "Hamstring · Kracht hamstring links", before: "150 N", after: "(leeg)" },
      { label: "Hamstring · Kracht hamstring rechts", before: "200 N", after: "(leeg)" },
      { label: "Hamstring · symmetrie", before: "75%", after: "(leeg)" },
      { label: "Geschatte graad", before: "Graad 1 – overbelasting", after: "(niet geschat)" },
    ]);
  });
});
