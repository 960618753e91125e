import { describe, expect, it } from "vitest";
import { clinicalWarning } from "./warnings";

describe("clinical warnings by severity", () => {
  it("calls a possible tear urgent, with clinical wording and the advice to see soon or refer", () => {
    const warning = clinicalWarning([{ triageOutcome: "see_soon", redFlags: ["cramp_increasing", "pop"] }]);
    expect(warning?.level).toBe("urgent");
    expect(warning?.signs.map((s) => s.code)).toEqual(["pop", "cramp_increasing"]);
    expect(warning?.signs[0]?.clinical).toMatch(/ruptuur/);
    expect(warning?.advice).toMatch(/huisarts/);
    for (const sign of warning!.signs) expect(sign.clinical).not.toMatch(/\bje\b/i);
  });

  it("keeps a cramp pattern at attention", () => {
    const warning = clinicalWarning([{ triageOutcome: "book_analysis", redFlags: ["cramp_increasing", "cramp_minimal_effort"] }]);
    expect(warning?.level).toBe("attention");
    expect(warning?.advice).toMatch(/geen spoed/);
  });

  it("gives one warning per patient across intakes, each sign once, at the highest severity", () => {
    const warning = clinicalWarning([
      { triageOutcome: "book_analysis", redFlags: ["cramp_long"] },
      { triageOutcome: "see_soon", redFlags: ["walking_hard", "cramp_long"] },
    ]);
    expect(warning?.level).toBe("urgent");
    expect(warning?.signs.map((s) => s.code)).toEqual(["walking_hard", "cramp_long"]);
  });

  it("has no warning without signs", () => {
    expect(clinicalWarning([{ triageOutcome: "book_analysis", redFlags: [] }])).toBeNull();
    expect(clinicalWarning([])).toBeNull();
  });
});
