import { describe, expect, it } from "vitest";
import { dueWeekdays, isDueOn, splitByDue, timesPerDay } from "./schedule";

describe("spreading an exercise over the week", () => {
  it("leaves rest days in between", () => {
    expect(dueWeekdays(1)).toEqual([1]);
    expect(dueWeekdays(2)).toEqual([1, 4]);
    expect(dueWeekdays(3)).toEqual([1, 3, 5]);
    expect(dueWeekdays(4)).toEqual([1, 2, 4, 6]);
    expect(dueWeekdays(5)).toEqual([1, 2, 3, 5, 6]);
    expect(dueWeekdays(6)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(dueWeekdays(7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(dueWeekdays(14)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it("asks for exactly the number of days a week the therapist prescribed", () => {
    for (let n = 1; n <= 7; n++) expect(dueWeekdays(n)).toHaveLength(n);
  });

  it("knows today's list and twice a day", () => {
    // 2026-12-07 is a Monday, 2026-12-08 a Tuesday.
    expect(isDueOn(3, "2026-12-07")).toBe(true);
    expect(isDueOn(3, "2026-12-08")).toBe(false);
    const { due, other } = splitByDue([{ id: "a", timesPerWeek: 3 }, { id: "b", timesPerWeek: 7 }], "2026-12-08");
    expect(due.map((e) => e.id)).toEqual(["b"]);
    expect(other.map((e) => e.id)).toEqual(["a"]);
    expect(timesPerDay(14)).toBe(2);
    expect(timesPerDay(7)).toBe(1);
  });
});
