import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, instantAt, wallClockAt } from "@/lib/time/zone";
import { freeStartTimes, searchDates, type SlotSettings, type TherapistSchedule } from "./slots";
import type { AvailabilityException, WeeklyRule } from "./working-hours";

/**
 * Random schedules around ordinary weeks and the daylight-saving weeks, checked against a plain oracle that
 * looks at every single minute on the wall clock: an offered slot never overlaps busy time (plus buffer)
 * nor leaves the working hours, and every start the oracle allows is offered.
 */
const zone = "Europe/Amsterdam";
const MINUTE = 60_000;
const baseDates = ["2026-03-26", "2026-06-10", "2026-10-22", "2027-03-25", "2027-10-28"];

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

// Weekly hours a practice might have: between 06:00 and 22:00, in 5-minute steps.
const ruleArb = fc
  .record({ weekday: fc.integer({ min: 1, max: 7 }), start: fc.integer({ min: 72, max: 250 }), length: fc.integer({ min: 3, max: 100 }) })
  .map(({ weekday, start, length }): WeeklyRule => ({
    weekday,
    startTime: hhmm(start * 5),
    endTime: hhmm(Math.min(264, start + length) * 5),
    validFrom: "2026-01-01",
    validTo: null,
  }));

const scenarioArb = fc.record({
  base: fc.constantFrom(...baseDates),
  rules: fc.array(ruleArb, { maxLength: 6 }),
  // Exceptions and appointments are instants anywhere in the five days, the nights of the changes included.
  exceptions: fc.array(fc.record({ kind: fc.constantFrom("absence" as const, "extra_hours" as const), offset: fc.integer({ min: 0, max: 5 * 288 }), length: fc.integer({ min: 1, max: 60 }) }), { maxLength: 4 }),
  busy: fc.array(fc.record({ offset: fc.integer({ min: 0, max: 5 * 288 }), length: fc.integer({ min: 1, max: 24 }) }), { maxLength: 12 }),
  duration: fc.constantFrom(30, 45, 60),
  step: fc.constantFrom(5, 10, 15, 20, 30, 60),
  buffer: fc.integer({ min: 0, max: 30 }),
  notice: fc.integer({ min: 0, max: 1440 }),
  nowOffset: fc.integer({ min: -1440, max: 3 * 1440 }),
  horizonDays: fc.integer({ min: 1, max: 6 }),
});

describe("slot engine properties", () => {
  it("offers exactly the grid starts that fit in working time, clear of busy time and buffers", () => {
    fc.assert(
      fc.property(scenarioArb, (sc) => {
        const origin = instantAt(sc.base, 0, zone).getTime();
        const at = (fiveMinuteUnits: number) => new Date(origin + fiveMinuteUnits * 5 * MINUTE);
        const exceptions: AvailabilityException[] = sc.exceptions.map((e) => ({ kind: e.kind, startsAt: at(e.offset), endsAt: at(e.offset + e.length) }));
        const busy = sc.busy.map((b) => ({ startsAt: at(b.offset), endsAt: at(b.offset + b.length) }));
        const schedule: TherapistSchedule = { therapistId: "t", rules: sc.rules, exceptions, busy };
        const settings: SlotSettings = { timeZone: zone, bufferMinutes: sc.buffer, minNoticeMinutes: sc.notice, horizonDays: sc.horizonDays, slotStepMinutes: sc.step };
        const now = new Date(origin + sc.nowOffset * MINUTE);
        const query = { now, durationMinutes: sc.duration, fromDate: sc.base, toDate: addDays(sc.base, 4) };

        const offered = freeStartTimes(schedule, query, settings);

        // The oracle, minute by minute on the wall clock.
        const { fromDate, toDate } = searchDates(query, settings);
        const first = instantAt(addDays(fromDate, -1), 0, zone).getTime();
        const last = instantAt(addDays(toDate, 2), 0, zone).getTime();
        const working = (t: number) => {
          const wall = wallClockAt(t, zone);
          const inAbsence = exceptions.some((e) => e.kind === "absence" && e.startsAt.getTime() <= t && t < e.endsAt.getTime());
          if (inAbsence) return false;
          const inExtra = exceptions.some((e) => e.kind === "extra_hours" && e.startsAt.getTime() <= t && t < e.endsAt.getTime());
          const inRule = sc.rules.some((r) => {
            const [sh, sm] = r.startTime.split(":").map(Number) as [number, number];
            const [eh, em] = r.endTime.split(":").map(Number) as [number, number];
            return r.weekday === wall.weekday && wall.minutes >= sh * 60 + sm && wall.minutes < eh * 60 + em;
          });
          return inExtra || inRule;
        };
        const clearOfBusy = (s: number, e: number) =>
          busy.every((b) => e + sc.buffer * MINUTE <= b.startsAt.getTime() || s >= b.endsAt.getTime() + sc.buffer * MINUTE);
        const allowed = (s: number) => {
          const wall = wallClockAt(s, zone);
          if (wall.minutes % sc.step !== 0 || wall.date < fromDate || wall.date > toDate) return false;
          if (s < now.getTime() + sc.notice * MINUTE) return false;
          const e = s + sc.duration * MINUTE;
          for (let t = s; t < e; t += MINUTE) if (!working(t)) return false;
          return clearOfBusy(s, e);
        };

        // Soundness: nothing offered that the oracle refuses (overlap, outside hours, notice, grid).
        for (const s of offered) expect(allowed(s), `offered ${new Date(s).toISOString()}`).toBe(true);
        // No duplicates, ascending.
        for (let i = 1; i < offered.length; i++) expect(offered[i]!).toBeGreaterThan(offered[i - 1]!);
        // Completeness: every start the oracle allows is offered (checked on every whole minute of the range).
        const offeredSet = new Set(offered);
        for (let s = first; s < last; s += MINUTE) {
          if (!offeredSet.has(s) && wallClockAt(s, zone).minutes % sc.step === 0 && allowed(s)) {
            throw new Error(`missed ${new Date(s).toISOString()}`);
          }
        }
      }),
      { numRuns: 40 },
    );
  });
});
