import { describe, expect, it } from "vitest";
import { formatPercent, hamstringSymmetry, symmetryPercent } from "./symmetry";

describe("strength symmetry", () => {
  it("is the weaker side as a percentage of the stronger, whichever side is weaker", () => {
    expect(symmetryPercent(150, 200)).toEqual({ percent: 75, weakerSide: "left" });
    expect(symmetryPercent(200, 150)).toEqual({ percent: 75, weakerSide: "right" });
  });

  it("is 100% when both legs are equally strong", () => {
    expect(symmetryPercent(180, 180)).toEqual({ percent: 100, weakerSide: null });
  });

  it("rounds down so a criterion is never reached by rounding", () => {
    expect(symmetryPercent(8996, 10000)?.percent).toBe(89.9);
    expect(symmetryPercent(174, 200)?.percent).toBe(87);
    expect(symmetryPercent(1, 3)?.percent).toBe(33.3);
  });

  it("is 0% when one leg produces no force, and unknown when neither does", () => {
    expect(symmetryPercent(0, 120)).toEqual({ percent: 0, weakerSide: "left" });
    expect(symmetryPercent(0, 0)).toBeNull();
  });

  it("is unknown when a side is missing or not a real measurement", () => {
    expect(symmetryPercent(undefined, 120)).toBeNull();
    expect(symmetryPercent(120, null)).toBeNull();
    expect(symmetryPercent(Number.NaN, 120)).toBeNull();
    expect(symmetryPercent(-5, 120)).toBeNull();
    expect(hamstringSymmetry({})).toBeNull();
    expect(hamstringSymmetry({ strengthLeft: 174, strengthRight: 200 })?.percent).toBe(87);
  });

  it("is written the Dutch way", () => {
    expect(formatPercent(87)).toBe("87%");
    expect(formatPercent(87.5)).toBe("87,5%");
  });
});
