import { describe, expect, it } from "vitest";
import { linksNeedingWork, suggestExercises } from "./tailoring";

describe("tailoring from the assessment", () => {
  it("takes the named weak links, limited or compensating ratings, and a hamstring under 90%", () => {
    expect(linksNeedingWork({ weakLinks: ["hips"], ratings: { feet_ankles: "limited", knees: "normal" }, symmetryPercent: 84 })).toEqual(["feet_ankles", "hips", "hamstring"]);
    expect(linksNeedingWork({ weakLinks: [], ratings: {}, symmetryPercent: 95 })).toEqual([]);
  });

  it("suggests the library's exercises per link (wedges for the feet), leaving out what the phase holds", () => {
    const library = [
      { id: "1", name: "Kuitstretch op een wedge", chainLinks: ["feet_ankles" as const] },
      { id: "2", name: "Bilbrug", chainLinks: ["hips" as const, "hamstring" as const] },
      { id: "3", name: "Voetboogactivatie (korte voet)", chainLinks: ["feet_ankles" as const] },
    ];
    const groups = suggestExercises(["feet_ankles", "hips"], library, new Set(["3"]));
    expect(groups.map((g) => [g.link, g.exercises.map((e) => e.name)])).toEqual([
      ["feet_ankles", ["Kuitstretch op een wedge"]],
      ["hips", ["Bilbrug"]],
    ]);
  });
});
