import { describe, expect, it } from "vitest";
import { sessionRows } from "./session-rows";

const log = (date: string, planExerciseId: string | null, extra: Partial<Parameters<typeof sessionRows>[0][number]> = {}) => ({
  date,
  planExerciseId,
  phaseId: "f2",
  done: true,
  modified: false,
  painDuring: null,
  painAfter: null,
  note: "",
  ...extra,
});

describe("one row per session", () => {
  it("counts the day's exercises and carries the day's scores, newest first", () => {
    const rows = sessionRows(
      [
        log("2026-12-01", null, { painDuring: 3, painAfter: 1, note: "goed" }),
        log("2026-12-01", "a"),
        log("2026-12-01", "b", { modified: true, variantExerciseId: "x-easier" }),
        log("2026-12-01", "c", { done: false }),
        log("2026-12-02", "a"),
      ],
      (date) => (date === "2026-12-01" ? "hold" : null),
    );
    expect(rows).toEqual([
      { date: "2026-12-02", phaseId: "f2", done: 1, modified: 0, skipped: 0, painDuring: null, morning: null, verdict: null, note: "", variants: [] },
      { date: "2026-12-01", phaseId: "f2", done: 1, modified: 1, skipped: 1, painDuring: 3, morning: 1, verdict: "hold", note: "goed", variants: ["x-easier"] },
    ]);
  });
});
