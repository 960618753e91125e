import { describe, expect, it } from "vitest";
import { ageOn, formatBirthDate } from "./birth-date";

describe("dates of birth", () => {
  it("are written day-month-year", () => expect(formatBirthDate("1991-04-03")).toBe("03-04-1991"));
  it("give the age, the birthday itself counting", () => {
    expect(ageOn("1991-04-03", "2026-04-02")).toBe(34);
    expect(ageOn("1991-04-03", "2026-04-03")).toBe(35);
    expect(ageOn("2000-02-29", "2026-02-28")).toBe(25);
  });
});
