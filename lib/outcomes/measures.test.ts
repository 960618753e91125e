import { describe, expect, it } from "vitest";
import { dueMoment, parseOutcomeForm, pskAverage } from "./measures";

describe("PSK and NPRS", () => {
  it("averages the PSK to one decimal", () => {
    expect(pskAverage([8, 6, 4])).toBe(6);
    expect(pskAverage([5, 4, 4])).toBe(4.3);
  });

  it("needs 3 to 5 activities with scores 0–10 and an NPRS", () => {
    const ok = parseOutcomeForm({ psk_activity_1: "Hardlopen", psk_score_1: "7", psk_activity_2: "Lang zitten", psk_score_2: "5", psk_activity_3: "Traplopen", psk_score_3: "3", nprs: "4" });
    expect(ok).toEqual({ ok: true, psk: [{ activity: "Hardlopen", score: 7 }, { activity: "Lang zitten", score: 5 }, { activity: "Traplopen", score: 3 }], nprs: 4 });
    const bad = parseOutcomeForm({ psk_activity_1: "Hardlopen", psk_score_1: "11", nprs: "" });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(Object.keys(bad.fieldErrors).sort()).toEqual(["nprs", "psk_activity_1", "psk_score_1"]);
  });

  it("is due at the start, after a phase change and at the end", () => {
    const d = (day: number) => new Date(Date.UTC(2026, 10, day));
    expect(dueMoment({ lastMeasuredAt: null, currentPhaseStartedAt: null, planEndedAt: null })).toBe("intake");
    expect(dueMoment({ lastMeasuredAt: d(1), currentPhaseStartedAt: d(5), planEndedAt: null })).toBe("phase_change");
    expect(dueMoment({ lastMeasuredAt: d(6), currentPhaseStartedAt: d(5), planEndedAt: null })).toBeNull();
    expect(dueMoment({ lastMeasuredAt: d(6), currentPhaseStartedAt: d(5), planEndedAt: d(9) })).toBe("end");
  });
});
