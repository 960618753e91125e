import { describe, expect, it } from "vitest";
import { instantAt, wallClockAt } from "@/lib/time/zone";
import { freeStartTimes, isOfferedStart, mergedFreeSlots, type SlotSettings, type TherapistSchedule } from "./slots";
import type { WeeklyRule } from "./working-hours";

const zone = "Europe/Amsterdam";
const settings: SlotSettings = { timeZone: zone, bufferMinutes: 0, minNoticeMinutes: 0, horizonDays: 56, slotStepMinutes: 15 };
const rule = (weekday: number, startTime: string, endTime: string, validFrom = "2026-01-01", validTo: string | null = null): WeeklyRule => ({
  weekday,
  startTime,
  endTime,
  validFrom,
  validTo,
});
const schedule = (partial: Partial<TherapistSchedule> = {}): TherapistSchedule => ({ therapistId: "t1", rules: [], exceptions: [], busy: [], ...partial });
const at = (date: string, time: string) => instantAt(date, time, zone);
/** Local "date time" labels of the offered starts, which is what a patient sees. */
const labels = (starts: number[]) => starts.map((s) => {
  const wall = wallClockAt(s, zone);
  return `${wall.date} ${wall.time}`;
});
const times = (starts: number[]) => starts.map((s) => wallClockAt(s, zone).time);
// A Sunday evening well before every date below, so notice and horizon do not get in the way.
const sundayBefore = (date: string) => at(date, "00:00");

describe("weekly rules", () => {
  it("offers each start on the grid whose whole appointment fits in the hours", () => {
    const starts = freeStartTimes(schedule({ rules: [rule(1, "09:00", "11:00")] }), { now: sundayBefore("2026-06-01"), durationMinutes: 60, fromDate: "2026-06-01", toDate: "2026-06-01" }, settings);
    expect(times(starts)).toEqual(["09:00", "09:15", "09:30", "09:45", "10:00"]);
  });

  it("only on the rule's weekday and within its validity", () => {
    const rules = [rule(2, "09:00", "10:00", "2026-06-09", "2026-06-16")];
    const starts = freeStartTimes(schedule({ rules }), { now: sundayBefore("2026-06-01"), durationMinutes: 60, fromDate: "2026-06-01", toDate: "2026-06-30" }, settings);
    expect(labels(starts)).toEqual(["2026-06-09 09:00", "2026-06-16 09:00"]);
  });

  it("joins two touching rules into one period, so an appointment can span them", () => {
    const rules = [rule(1, "09:00", "10:00"), rule(1, "10:00", "11:00")];
    const starts = freeStartTimes(schedule({ rules }), { now: sundayBefore("2026-06-01"), durationMinutes: 90, fromDate: "2026-06-01", toDate: "2026-06-01" }, { ...settings, slotStepMinutes: 30 });
    expect(times(starts)).toEqual(["09:00", "09:30"]);
  });
});

describe("exceptions", () => {
  it("an absence removes the hours it covers", () => {
    const s = schedule({
      rules: [rule(1, "09:00", "13:00")],
      exceptions: [{ kind: "absence", startsAt: at("2026-06-01", "10:00"), endsAt: at("2026-06-01", "12:00") }],
    });
    const starts = freeStartTimes(s, { now: sundayBefore("2026-06-01"), durationMinutes: 60, fromDate: "2026-06-01", toDate: "2026-06-01" }, { ...settings, slotStepMinutes: 60 });
    expect(times(starts)).toEqual(["09:00", "12:00"]);
  });

  it("a holiday of several days removes them all", () => {
    const s = schedule({
      rules: [1, 2, 3, 4, 5].map((d) => rule(d, "09:00", "10:00")),
      exceptions: [{ kind: "absence", startsAt: at("2026-06-02", "00:00"), endsAt: at("2026-06-05", "00:00") }],
    });
    const starts = freeStartTimes(s, { now: sundayBefore("2026-06-01"), durationMinutes: 60, fromDate: "2026-06-01", toDate: "2026-06-05" }, settings);
    expect(labels(starts)).toEqual(["2026-06-01 09:00", "2026-06-05 09:00"]);
  });

  it("extra hours add time, also on a day without rules and across midnight", () => {
    const s = schedule({
      exceptions: [{ kind: "extra_hours", startsAt: at("2026-06-06", "23:00"), endsAt: at("2026-06-07", "01:00") }],
    });
    const starts = freeStartTimes(s, { now: sundayBefore("2026-06-01"), durationMinutes: 60, fromDate: "2026-06-06", toDate: "2026-06-07" }, { ...settings, slotStepMinutes: 30 });
    expect(labels(starts)).toEqual(["2026-06-06 23:00", "2026-06-06 23:30", "2026-06-07 00:00"]);
  });

  it("an absence wins over extra hours", () => {
    const s = schedule({
      exceptions: [
        { kind: "extra_hours", startsAt: at("2026-06-06", "09:00"), endsAt: at("2026-06-06", "12:00") },
        { kind: "absence", startsAt: at("2026-06-06", "10:00"), endsAt: at("2026-06-06", "12:00") },
      ],
    });
    const starts = freeStartTimes(s, { now: sundayBefore("2026-06-01"), durationMinutes: 60, fromDate: "2026-06-06", toDate: "2026-06-06" }, { ...settings, slotStepMinutes: 60 });
    expect(times(starts)).toEqual(["09:00"]);
  });
});

describe("appointments and the buffer", () => {
  const busy = [{ startsAt: at("2026-06-01", "10:00"), endsAt: at("2026-06-01", "11:00") }];
  const query = { now: sundayBefore("2026-06-01"), durationMinutes: 30, fromDate: "2026-06-01", toDate: "2026-06-01" };

  it("never overlaps an appointment; back to back is fine without a buffer", () => {
    const starts = freeStartTimes(schedule({ rules: [rule(1, "09:00", "12:00")], busy }), query, settings);
    expect(times(starts)).toEqual(["09:00", "09:15", "09:30", "11:00", "11:15", "11:30"]);
  });

  it("keeps the buffer free on both sides, and snaps to the grid after it", () => {
    const starts = freeStartTimes(schedule({ rules: [rule(1, "09:00", "12:00")], busy }), query, { ...settings, bufferMinutes: 10 });
    // 09:30 would end at 10:00, 0 minutes before the appointment; 11:00 would start 0 minutes after it.
    expect(times(starts)).toEqual(["09:00", "09:15", "11:15", "11:30"]);
  });

  it("the buffer does not eat into the edges of the working hours", () => {
    const starts = freeStartTimes(schedule({ rules: [rule(1, "09:00", "10:00")] }), { ...query, durationMinutes: 60 }, { ...settings, bufferMinutes: 30 });
    expect(times(starts)).toEqual(["09:00"]);
  });
});

describe("notice and horizon", () => {
  const s = schedule({ rules: [1, 2, 3, 4, 5, 6, 7].map((d) => rule(d, "09:00", "17:00")) });

  it(`offers nothing that starts within the minimum notice`, () => {
    const now = at("2026-06-01", "20:10");
    const starts = freeStartTimes(s, { now, durationMinutes: 60 }, { ...settings, minNoticeMinutes: 12 * 60, horizonDays: 2 });
    expect(labels(starts)[0]).toBe("2026-06-02 09:00");
    const later = freeStartTimes(s, { now: at("2026-06-01", "22:05"), durationMinutes: 60 }, { ...settings, minNoticeMinutes: 12 * 60, horizonDays: 2 });
    expect(labels(later)[0]).toBe("2026-06-02 10:15");
  });

  it("offers nothing after the horizon's last day", () => {
    const starts = freeStartTimes(s, { now: at("2026-06-01", "08:00"), durationMinutes: 60 }, { ...settings, horizonDays: 3, slotStepMinutes: 60 });
    const dates = [...new Set(labels(starts).map((l) => l.slice(0, 10)))];
    expect(dates).toEqual(["2026-06-01", "2026-06-02", "2026-06-03", "2026-06-04"]);
  });

  it("clips a query beyond the horizon", () => {
    const starts = freeStartTimes(s, { now: at("2026-06-01", "08:00"), durationMinutes: 60, fromDate: "2026-07-01", toDate: "2026-07-10" }, { ...settings, horizonDays: 7 });
    expect(starts).toEqual([]);
  });
});

describe("daylight-saving days", () => {
  // The clocks go forward on the last Sunday of March and back on the last Sunday of October.
  const changes = [
    { date: "2026-03-29", kind: "spring" },
    { date: "2026-10-25", kind: "autumn" },
    { date: "2027-03-28", kind: "spring" },
    { date: "2027-10-31", kind: "autumn" },
  ] as const;

  for (const { date, kind } of changes) {
    it(`${date} (${kind}): a day's hours keep their wall-clock times, before, on and after the change`, () => {
      const s = schedule({ rules: [1, 2, 3, 4, 5, 6, 7].map((d) => rule(d, "08:30", "12:00")) });
      const from = at(addDaysLocal(date, -3), "00:00");
      const starts = freeStartTimes(s, { now: from, durationMinutes: 60 }, { ...settings, horizonDays: 6, slotStepMinutes: 30 });
      const byDate = new Map<string, string[]>();
      for (const label of labels(starts)) byDate.set(label.slice(0, 10), [...(byDate.get(label.slice(0, 10)) ?? []), label.slice(11)]);
      // Every day of the week around the change, the DST Sunday included, shows the same times.
      for (const [, dayTimes] of byDate) expect(dayTimes).toEqual(["08:30", "09:00", "09:30", "10:00", "10:30", "11:00"]);
      expect(byDate.size).toBe(7);
      // …at the right instants: CET is UTC+1, CEST UTC+2.
      const sunday = starts.filter((s) => wallClockAt(s, zone).date === date);
      expect(new Date(sunday[0]!).toISOString()).toBe(`${date}T0${kind === "spring" ? 6 : 7}:30:00.000Z`);
      const friday = starts.find((s) => wallClockAt(s, zone).date === addDaysLocal(date, -2))!;
      expect(new Date(friday).toISOString()).toBe(`${addDaysLocal(date, -2)}T0${kind === "spring" ? 7 : 6}:30:00.000Z`);
    });

    it(`${date} (${kind}): hours across the night offer each existing wall-clock time once, none shifted`, () => {
      const s = schedule({ rules: [rule(7, "00:00", "05:00")] });
      const starts = freeStartTimes(s, { now: sundayBefore(addDaysLocal(date, -1)), durationMinutes: 60, fromDate: date, toDate: date }, { ...settings, slotStepMinutes: 60 });
      expect(new Set(starts).size).toBe(starts.length);
      if (kind === "spring") {
        // 02:00–03:00 does not exist: four real hours, four slots, 02:00 skipped.
        expect(times(starts)).toEqual(["00:00", "01:00", "03:00", "04:00"]);
      } else {
        // 02:00–03:00 happens twice: six real hours, and both 02:00s are real, different moments.
        expect(times(starts)).toEqual(["00:00", "01:00", "02:00", "02:00", "03:00", "04:00"]);
        expect(starts[3]! - starts[2]!).toBe(3_600_000);
      }
      for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBe(3_600_000);
    });

    it(`${date} (${kind}): hours that begin inside the changed hour begin at the first moment they exist`, () => {
      const s = schedule({ rules: [rule(7, "02:30", "04:00")] });
      const starts = freeStartTimes(s, { now: sundayBefore(addDaysLocal(date, -1)), durationMinutes: 30, fromDate: date, toDate: date }, { ...settings, slotStepMinutes: 30 });
      if (kind === "spring") expect(times(starts)).toEqual(["03:00", "03:30"]);
      else expect(times(starts)).toEqual(["02:30", "02:00", "02:30", "03:00", "03:30"]);
    });
  }
});

function addDaysLocal(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

describe("no preference", () => {
  it("merges the therapists: each time once, with everyone who is free then", () => {
    const a = schedule({ therapistId: "a", rules: [rule(1, "09:00", "11:00")] });
    const b = schedule({ therapistId: "b", rules: [rule(1, "10:00", "12:00")], busy: [{ startsAt: at("2026-06-01", "11:00"), endsAt: at("2026-06-01", "12:00") }] });
    const merged = mergedFreeSlots([a, b], { now: sundayBefore("2026-06-01"), durationMinutes: 60, fromDate: "2026-06-01", toDate: "2026-06-01" }, { ...settings, slotStepMinutes: 30 });
    expect(merged.map((m) => [wallClockAt(m.start, zone).time, m.therapistIds])).toEqual([
      ["09:00", ["a"]],
      ["09:30", ["a"]],
      ["10:00", ["a", "b"]],
    ]);
  });
});

describe("the re-check on commit", () => {
  it("accepts an offered start and refuses one off the grid, outside the hours, or taken", () => {
    const s = schedule({ rules: [rule(1, "09:00", "12:00")], busy: [{ startsAt: at("2026-06-01", "11:00"), endsAt: at("2026-06-01", "12:00") }] });
    const query = { now: sundayBefore("2026-06-01"), durationMinutes: 60 };
    expect(isOfferedStart(s, at("2026-06-01", "09:15"), query, settings)).toBe(true);
    expect(isOfferedStart(s, at("2026-06-01", "09:10"), query, settings)).toBe(false);
    expect(isOfferedStart(s, at("2026-06-01", "08:00"), query, settings)).toBe(false);
    expect(isOfferedStart(s, at("2026-06-01", "10:30"), query, settings)).toBe(false);
  });
});
