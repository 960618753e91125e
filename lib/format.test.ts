import { describe, expect, it } from "vitest";
import { formatMinutes } from "./format";

describe("formatMinutes", () => {
  it("says minutes below an hour and for uneven durations", () => {
    expect(formatMinutes(30)).toBe("30 minuten");
    expect(formatMinutes(90)).toBe("90 minuten");
  });
  it("says hours for whole hours", () => {
    expect(formatMinutes(60)).toBe("1 uur");
    expect(formatMinutes(120)).toBe("2 uur");
  });
});
