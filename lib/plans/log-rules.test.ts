import { describe, expect, it } from "vitest";
import { expectationStage } from "./expectations";
import { logDateProblem, morningQuestionOpen } from "./log-rules";

describe("which day may be logged", () => {
  it("today and yesterday", () => {
    expect(logDateProblem("2026-11-22", "2026-11-22")).toBeNull();
    expect(logDateProblem("2026-11-21", "2026-11-22")).toBeNull();
    expect(logDateProblem("2026-11-23", "2026-11-22")).toBe("future");
    expect(logDateProblem("2026-11-20", "2026-11-22")).toBe("past");
    expect(logDateProblem("22-11-2026", "2026-11-22")).toBe("invalid");
    expect(logDateProblem("2026-13-45", "2026-11-22")).toBe("invalid");
  });

  it("asks the morning question about yesterday or the day before, never today", () => {
    expect(morningQuestionOpen("2026-11-21", "2026-11-22")).toBe(true);
    expect(morningQuestionOpen("2026-11-20", "2026-11-22")).toBe(true);
    expect(morningQuestionOpen("2026-11-19", "2026-11-22")).toBe(false);
    expect(morningQuestionOpen("2026-11-22", "2026-11-22")).toBe(false);
  });
});

describe("what to expect", () => {
  it("first effects from week 2, structural change from week 6", () => {
    expect([1, 2, 3, 5, 6, 9].map(expectationStage)).toEqual(["building", "first_effects", "first_effects", "first_effects", "structural_change", "structural_change"]);
  });
});
