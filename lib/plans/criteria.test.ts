import { describe, expect, it } from "vitest";
import { hamstringTemplate } from "@/db/seed-data/hamstring-template";
import { checkCriteria, criteriaFromLines, parseNumericCriterion } from "./criteria";

describe("numeric exit criteria", () => {
  it("reads the strength threshold in the ways therapists write it", () => {
    for (const text of [
      "≥ 90% kracht t.o.v. andere been",
      "≥90% kracht t.o.v. andere been",
      ">= 90 % kracht",
      "Minimaal 90% kracht ten opzichte van het andere been",
      "Kracht minstens 90 procent van het andere been",
      "Kracht 90% of meer van de andere kant",
    ]) {
      expect(parseNumericCriterion(text), text).toEqual({ kind: "strength_symmetry", thresholdPercent: 90 });
    }
    expect(parseNumericCriterion("≥ 87,5% kracht")).toEqual({ kind: "strength_symmetry", thresholdPercent: 87.5 });
  });

  it("leaves other criteria to the therapist's judgement", () => {
    expect(parseNumericCriterion("Je jogt zonder pijn")).toBeNull();
    expect(parseNumericCriterion("Beide benen bewegen symmetrisch")).toBeNull();
    expect(parseNumericCriterion("Pijn ≤ 2 van 10 bij 90% van je sprint")).toBeNull();
    expect(parseNumericCriterion("≥ 150% kracht")).toBeNull();
    expect(parseNumericCriterion("≥ 0% kracht")).toBeNull();
  });

  it("finds the strength criterion of the practice's template", () => {
    const numeric = hamstringTemplate.flatMap((phase) => phase.exitCriteria).filter((c) => parseNumericCriterion(c));
    expect(numeric).toEqual(["Minimaal 90% kracht ten opzichte van het andere been"]);
  });

  it("marks a numeric criterion met when the latest symmetry reaches the threshold", () => {
    const criteria = ["Pijnvrij in het dagelijks leven", "≥ 90% kracht t.o.v. andere been"];
    expect(checkCriteria(criteria, { percent: 87, assessedOn: "2026-03-02" })).toEqual([
      { criterion: criteria[0], numeric: null, metByMeasurement: null, measurement: null },
      { criterion: criteria[1], numeric: { kind: "strength_symmetry", thresholdPercent: 90 }, metByMeasurement: false, measurement: { percent: 87, assessedOn: "2026-03-02" } },
    ]);
    expect(checkCriteria(criteria, { percent: 90, assessedOn: "2026-03-02" })[1]?.metByMeasurement).toBe(true);
    expect(checkCriteria(criteria, null)[1]).toMatchObject({ metByMeasurement: null, measurement: null });
  });

  it("takes criteria one per line", () => {
    expect(criteriaFromLines("  Pijnvrij joggen \r\n\n≥ 90% kracht\n  ")).toEqual(["Pijnvrij joggen", "≥ 90% kracht"]);
    expect(criteriaFromLines("")).toEqual([]);
  });
});

describe("outcome-measure criteria (issue 17, point 3)", () => {
  it("reads 'PSK gemiddeld ≤ 3' and 'NPRS maximaal 2' and checks them against the latest measure", () => {
    expect(parseNumericCriterion("PSK gemiddeld ≤ 3")).toEqual({ kind: "psk_average", max: 3 });
    expect(parseNumericCriterion("NPRS maximaal 2")).toEqual({ kind: "nprs", max: 2 });
    const checks = checkCriteria(["PSK gemiddeld ≤ 3", "NPRS ≤ 2", "Pijnvrij wandelen"], null, { psk: { value: 2.7, measuredOn: "2026-11-20" }, nprs: { value: 3, measuredOn: "2026-11-20" } });
    expect(checks.map((c) => c.metByMeasurement)).toEqual([true, false, null]);
    expect(checkCriteria(["PSK gemiddeld ≤ 3"], null)[0]?.metByMeasurement).toBeNull();
  });
});
