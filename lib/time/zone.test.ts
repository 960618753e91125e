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

describe("the wall clock from the hour's offset", () => {
  /** The wall clock straight from Intl, as wallClockAt read it before it kept each hour's offset. */
  const formats = new Map<string, Intl.DateTimeFormat>();
  function reference(instant: number, zone: string) {
    if (!formats.has(zone))
      formats.set(zone, new Intl.DateTimeFormat("en-US", { timeZone: zone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", weekday: "short" }));
    const parts = Object.fromEntries(formats.get(zone)!.formatToParts(instant).map((p) => [p.type, p.value]));
    return {
      date: `${parts.year}-${parts.month}-${parts.day}`,
      time: `${parts.hour}:${parts.minute}`,
      weekday: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].indexOf(parts.weekday!) + 1,
      minutes: Number(parts.hour) * 60 + Number(parts.minute),
    };
  }

  it("agrees with Intl minute by minute around clock changes, in odd zones and in history", () => {
    const zones = ["Europe/Amsterdam", "Australia/Lord_Howe", "Asia/Kathmandu", "America/St_Johns", "Pacific/Chatham", "UTC"];
    const starts = ["2026-03-29T00:00:00Z", "2026-10-25T00:00:00Z", "2026-04-05T14:00:00Z", "2026-10-04T15:00:00Z", "1937-06-30T22:00:00Z", "1916-04-30T22:00:00Z", "2026-11-01T04:00:00Z"];
    for (const zone of zones) {
      for (const start of starts) {
        const from = Date.parse(start);
        for (let t = from; t < from + 4 * 3_600_000; t += 59_999) expect(wallClockAt(t, zone), `${zone} ${new Date(t).toISOString()}`).toEqual(reference(t, zone));
      }
    }
  });

  it("agrees with Intl at random instants over two centuries", () => {
    let seed = 17;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < 5_000; i++) {
      const t = Date.UTC(1900, 0, 1) + Math.floor(random() * 200 * 365.25 * 86_400_000);
      expect(wallClockAt(t)).toEqual(reference(t, "Europe/Amsterdam"));
    }
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
