import { describe, expect, it } from "vitest";
import { addDays, daysBetween, instantAt, isoWeekday, offsetMinutesAt, startOfIsoWeek, todayIn, wallClockAt } from "./zone";

describe("Europe/Amsterdam wall clock ↔ instant", () => {
  it("converts winter and summer times with their own offset", () => {
    expect(instantAt("2026-01-15", "09:00").toISOString()).toBe("2026-01-15T08:00:00.000Z");
    expect(instantAt("2026-07-15", "09:00").toISOString()).toBe("2026-07-15T07:00:00.000Z");
  });

  it.each([
    ["2026-03-29", "2026-03-29T07:00:00.000Z", "2026-03-28T08:00:00.000Z"],
    ["2027-03-28", "2027-03-28T07:00:00.000Z", "2027-03-27T08:00:00.000Z"],
  ])("keeps 09:00 at 09:00 on the spring change %s", (date, nine, dayBefore) => {
    expect(instantAt(date, "09:00").toISOString()).toBe(nine);
    expect(instantAt(addDays(date, -1), "09:00").toISOString()).toBe(dayBefore);
    // The night is an hour short: midnight to midnight is 23 hours.
    expect(instantAt(addDays(date, 1), "00:00").getTime() - instantAt(date, "00:00").getTime()).toBe(23 * 3_600_000);
  });

  it.each([
    ["2026-10-25", "2026-10-25T08:00:00.000Z"],
    ["2027-10-31", "2027-10-31T08:00:00.000Z"],
  ])("keeps 09:00 at 09:00 on the autumn change %s", (date, nine) => {
    expect(instantAt(date, "09:00").toISOString()).toBe(nine);
    expect(instantAt(addDays(date, 1), "00:00").getTime() - instantAt(date, "00:00").getTime()).toBe(25 * 3_600_000);
  });

  it("moves a time in the spring gap forward, and takes the first of a doubled autumn time", () => {
    expect(wallClockAt(instantAt("2026-03-29", "02:30")).time).toBe("03:30");
    expect(instantAt("2026-10-25", "02:30").toISOString()).toBe("2026-10-25T00:30:00.000Z");
    expect(offsetMinutesAt(instantAt("2026-10-25", "02:30").getTime())).toBe(120);
  });

  it("reads the wall clock, weekday and minutes of an instant", () => {
    expect(wallClockAt(new Date("2026-03-29T07:00:00Z"))).toEqual({ date: "2026-03-29", time: "09:00", weekday: 7, minutes: 540 });
    expect(wallClockAt(new Date("2026-12-31T23:30:00Z"))).toEqual({ date: "2027-01-01", time: "00:30", weekday: 5, minutes: 30 });
    expect(todayIn(new Date("2026-06-30T22:30:00Z"))).toBe("2026-07-01");
  });
});

describe("calendar dates", () => {
  it("adds days across months, years and leap days", () => {
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });
  it("knows ISO weekdays and weeks", () => {
    expect(isoWeekday("2026-11-22")).toBe(7);
    expect(isoWeekday("2026-11-23")).toBe(1);
    expect(startOfIsoWeek("2026-11-22")).toBe("2026-11-16");
    expect(daysBetween("2026-11-16", "2026-11-22")).toBe(6);
  });
});
