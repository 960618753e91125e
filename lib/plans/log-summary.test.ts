import { describe, expect, it } from "vitest";
import { summariseLogs, type SummaryLog } from "./log-summary";

const log = (date: string, phase: string | null, exercise: string | null, done: boolean, painDuring: number | null = null, painAfter: number | null = null): SummaryLog => ({
  date,
  phase,
  planExerciseId: exercise,
  done,
  painDuring,
  painAfter,
});

describe("summariseLogs", () => {
  it("counts sessions as days with something done, per phase, with the first and last day", () => {
    const result = summariseLogs([
      log("2026-11-02", "Beschermen", null, true, 2, 1),
      log("2026-11-02", "Beschermen", "a", true),
      log("2026-11-02", "Beschermen", "b", false),
      log("2026-11-03", "Beschermen", "a", false),
      log("2026-11-05", "Beschermen", "a", true),
      log("2026-11-10", "Opbouwen", null, true, 4, 3),
      log("2026-11-10", "Opbouwen", "c", true),
    ]);
    expect(result).toEqual([
      { phase: "Beschermen", sessions: 2, firstDate: "2026-11-02", lastDate: "2026-11-05", exercisesDone: 2, exercisesSkipped: 2, painDuring: { average: 2, highest: 2 }, painMorning: { average: 1, highest: 1 } },
      { phase: "Opbouwen", sessions: 1, firstDate: "2026-11-10", lastDate: "2026-11-10", exercisesDone: 1, exercisesSkipped: 0, painDuring: { average: 4, highest: 4 }, painMorning: { average: 3, highest: 3 } },
    ]);
  });

  it("takes the worst score of a day once, rounds the average to one decimal, and treats 0 as a score", () => {
    const summary = summariseLogs([
      log("2026-11-02", "F", "a", true, 3),
      log("2026-11-02", "F", "b", true, 5),
      log("2026-11-03", "F", "a", true, 0),
      log("2026-11-04", "F", "a", true, 1),
    ])[0]!;
    expect(summary.painDuring).toEqual({ average: 2, highest: 5 });
    expect(summary.painMorning).toBeNull();
  });

  it("says nothing happened when only skipped exercises were logged", () => {
    const summary = summariseLogs([log("2026-11-02", null, "a", false)])[0];
    expect(summary).toMatchObject({ phase: "Zonder fase", sessions: 0, firstDate: null, lastDate: null, exercisesSkipped: 1 });
    expect(summariseLogs([])).toEqual([]);
  });
});
