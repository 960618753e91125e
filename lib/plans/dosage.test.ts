import { describe, expect, it } from "vitest";
import { formatAmount, formatFrequency, formatSeconds } from "./dosage";

describe("dosage in Dutch", () => {
  it("says sets × repetitions or seconds held", () => {
    expect(formatAmount({ sets: 3, reps: 5, holdSeconds: null, timesPerWeek: 3 })).toBe("3 × 5 herhalingen");
    expect(formatAmount({ sets: 5, reps: null, holdSeconds: 30, timesPerWeek: 7 })).toBe("5 × 30 seconden vasthouden");
    expect(formatAmount({ sets: 1, reps: null, holdSeconds: 900, timesPerWeek: 7 })).toBe("15 minuten aaneen");
    expect(formatAmount({ sets: 3, reps: 6, holdSeconds: 5, timesPerWeek: 3 })).toBe("3 × 6 herhalingen van 5 seconden");
  });

  it("says durations and frequencies the way people do", () => {
    expect(formatSeconds(1)).toBe("1 seconde");
    expect(formatSeconds(90)).toBe("1 minuut en 30 seconden");
    expect(formatFrequency(3)).toBe("3 keer per week");
    expect(formatFrequency(7)).toBe("elke dag");
    expect(formatFrequency(14)).toBe("2 keer per dag");
  });
});
