import { describe, expect, it } from "vitest";
import { exerciseLogSchema } from "./exercise-log";

describe("session log input", () => {
  it("reads a day log with pain scores and a note", () => {
    expect(exerciseLogSchema.parse({ planExerciseId: "", logDate: "2026-11-22", done: "ja", painDuring: "3", painAfter: "0", note: "  ging goed " })).toEqual({
      planExerciseId: null,
      logDate: "2026-11-22",
      done: true,
      painDuring: 3,
      painAfter: 0,
      note: "ging goed",
    });
  });

  it("leaves pain scores empty when not filled in", () => {
    expect(exerciseLogSchema.parse({ logDate: "2026-11-22", done: "nee", painDuring: "", painAfter: undefined })).toMatchObject({ done: false, painDuring: null, painAfter: null, note: "" });
  });

  it("explains each problem in Dutch next to its field", () => {
    const result = exerciseLogSchema.safeParse({ logDate: "gisteren", done: "misschien", painDuring: "11", painAfter: "2.5", note: "x".repeat(1001) });
    expect(result.success).toBe(false);
    const byField = Object.fromEntries(result.error!.issues.map((i) => [String(i.path[0]), i.message]));
    expect(byField).toEqual({
      logDate: "Deze dag klopt niet.",
      done: "Kies of je de oefeningen hebt gedaan.",
      painDuring: "Kies een getal van 0 tot 10.",
      painAfter: "Kies een getal van 0 tot 10.",
      note: "Je notitie is te lang: hoogstens 1000 tekens.",
    });
  });
});
