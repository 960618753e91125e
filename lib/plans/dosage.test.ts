import { describe, expect, it } from "vitest";
import { formatAmount, formatDetails, formatFrequency, formatSeconds } from "./dosage";

const base = { sets: 3, reps: null, holdSeconds: null, timesPerWeek: 3 };

describe("dosage in Dutch", () => {
  it("says sets × repetitions, seconds held or minutes", () => {
    expect(formatAmount({ ...base, reps: 5 })).toBe("3 × 5 herhalingen");
    expect(formatAmount({ ...base, sets: 5, holdSeconds: 30 })).toBe("5 × 30 seconden vasthouden");
    expect(formatAmount({ ...base, reps: 6, holdSeconds: 5 })).toBe("3 × 6 herhalingen van 5 seconden");
    // Walking and cycling are minutes, never "900 seconden vasthouden".
    expect(formatAmount({ ...base, sets: 1, durationMinutes: 15 })).toBe("15 minuten");
    expect(formatAmount({ ...base, sets: 2, durationMinutes: 10 })).toBe("2 × 10 minuten");
  });

  it("says the side, load, tempo and rest", () => {
    expect(formatAmount({ ...base, reps: 8, side: "each_side" })).toBe("3 × 8 herhalingen per kant");
    expect(formatAmount({ ...base, sets: 2, holdSeconds: 30, side: "left" })).toBe("2 × 30 seconden vasthouden, alleen links");
    expect(formatDetails({ ...base, reps: 8, load: "2 kg", tempo: "3 tellen omlaag", restSeconds: 90 })).toBe("met 2 kg · tempo: 3 tellen omlaag · 1 minuut en 30 seconden rust tussen de sets");
    expect(formatDetails({ ...base, sets: 1, reps: 8, restSeconds: 90 })).toBe("");
  });

  it("says durations and frequencies the way people do", () => {
    expect(formatSeconds(1)).toBe("1 seconde");
    expect(formatSeconds(90)).toBe("1 minuut en 30 seconden");
    expect(formatFrequency(3)).toBe("3× per week");
    expect(formatFrequency(7)).toBe("dagelijks");
    expect(formatFrequency(14)).toBe("2× per dag");
  });
});
