import { describe, expect, it } from "vitest";
import { painDirection, painTrend } from "./pain";

const log = (date: string, painDuring: number | null, painAfter: number | null, planExerciseId: string | null = null) => ({ date, planExerciseId, done: true, painDuring, painAfter });

describe("the pain trend", () => {
  it("takes the worst score of each day, during and after, and skips days without scores", () => {
    expect(painTrend([log("2026-11-12", 2, 1, "a"), log("2026-11-10", 4, null), log("2026-11-12", 3, 0, "b"), log("2026-11-11", null, null)])).toEqual([
      { date: "2026-11-10", during: 4, after: null },
      { date: "2026-11-12", during: 3, after: 1 },
    ]);
  });

  it("keeps a score of zero (no pain is a result, not a gap)", () => {
    expect(painTrend([log("2026-11-10", 0, 0)])).toEqual([{ date: "2026-11-10", during: 0, after: 0 }]);
  });

  it("says whether pain goes down, once there is enough to compare", () => {
    const days = (scores: number[]) => painTrend(scores.map((s, i) => log(`2026-11-${String(10 + i).padStart(2, "0")}`, s, null)));
    expect(painDirection(days([5, 4, 4, 3, 2, 1]))).toBe("down");
    expect(painDirection(days([1, 1, 2, 3, 4, 4]))).toBe("up");
    expect(painDirection(days([2, 3, 2, 2, 3, 2]))).toBe("level");
    expect(painDirection(days([5, 1]))).toBeNull();
  });
});
