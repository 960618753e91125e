import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/time/zone";
import { adviseSession, adviseSessions, defaultThresholds, painFreeThresholds, therapistFlag, type Verdict } from "./pain-rule";

const table: { case: string; during: number | null; morning: number | null; previous?: number | null; painFree?: boolean; verdict: Verdict | null }[] = [
  { case: "nothing filled in", during: null, morning: null, verdict: null },
  { case: "no pain at all", during: 0, morning: 0, verdict: "build" },
  { case: "a little pain, settled by morning", during: 2, morning: 1, verdict: "build" },
  { case: "pain 5 during is still acceptable", during: 5, morning: 1, verdict: "hold" },
  { case: "pain 5 during, morning at the limit", during: 5, morning: 2, verdict: "hold" },
  { case: "pain 6 during breaks the rule", during: 6, morning: 0, verdict: "step_back" },
  { case: "pain 6 during, no morning yet: already a step back", during: 6, morning: null, verdict: "step_back" },
  { case: "within the limit, morning not yet asked", during: 4, morning: null, verdict: "wait" },
  { case: "morning 3 has not settled", during: 3, morning: 3, verdict: "step_back" },
  { case: "morning 3 as the previous morning: not building up", during: 3, morning: 3, previous: 3, verdict: "hold" },
  { case: "morning 4 after a morning of 3: building up", during: 3, morning: 4, previous: 3, verdict: "step_back" },
  { case: "only the morning answered", during: null, morning: 0, verdict: "build" },
  { case: "pain-free phase: 0 during, 0 morning", during: 0, morning: 0, painFree: true, verdict: "build" },
  { case: "pain-free phase: 1 during is a step back", during: 1, morning: 0, painFree: true, verdict: "step_back" },
  { case: "pain-free phase: 0 during, morning 2 (resting pain, settled)", during: 0, morning: 2, painFree: true, verdict: "hold" },
];

describe("the pain rule, case by case", () => {
  for (const row of table) {
    it(row.case, () => {
      const advice = adviseSession({ during: row.during, morning: row.morning }, row.painFree ? painFreeThresholds : defaultThresholds, row.previous ?? null);
      expect(advice?.verdict ?? null).toBe(row.verdict);
      if (advice) expect(advice.reason.length).toBeGreaterThan(20);
    });
  }

  it("says why, with the scores and the limit", () => {
    expect(adviseSession({ during: 7, morning: null }, defaultThresholds)?.reason).toContain("7/10 pijn; de grens in deze fase is 5/10");
    expect(adviseSession({ during: 2, morning: null }, painFreeThresholds)?.reason).toContain("pijnvrij");
    expect(adviseSession({ during: 2, morning: 4 }, defaultThresholds)?.reason).toContain("De ochtend erna was de pijn 4/10");
  });

  it("uses the thresholds the therapist set", () => {
    expect(adviseSession({ during: 4, morning: 0 }, { maxDuring: 3, maxMorning: 2 })?.verdict).toBe("step_back");
    expect(adviseSession({ during: 4, morning: 0 }, { maxDuring: 8, maxMorning: 2 })?.verdict).toBe("build");
  });
});

describe("the therapist's flag", () => {
  const judge = (rows: [string, number | null, number | null][]) =>
    adviseSessions(rows.map(([date, during, morning]) => ({ date, during, morning })), () => defaultThresholds);

  it("is raised when the rule is broken twice in a row", () => {
    const flag = therapistFlag(judge([["2026-12-01", 2, 0], ["2026-12-02", 7, 1], ["2026-12-03", 3, 4]]), "2026-12-04", addDays);
    expect(flag?.kind).toBe("broken_twice");
    expect(flag?.reason).toContain("(2 december 2026 en 3 december 2026)");
    expect(flag?.reason).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it("is not raised for one bad session between good ones", () => {
    expect(therapistFlag(judge([["2026-12-01", 7, 1], ["2026-12-02", 2, 0], ["2026-12-03", 7, 1], ["2026-12-04", 1, null]]), "2026-12-04", addDays)).toBeNull();
  });

  it("is raised when pain rises over a week", () => {
    const flag = therapistFlag(
      judge([["2026-11-24", 1, 0], ["2026-11-26", 1, 1], ["2026-12-01", 3, 2], ["2026-12-03", 3, 1], ["2026-12-05", 3, 1]]),
      "2026-12-05",
      addDays,
    );
    expect(flag?.kind).toBe("rising");
  });
});
