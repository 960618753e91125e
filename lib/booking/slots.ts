import { addDays, todayIn, wallClockAt } from "@/lib/time/zone";
import { mergeIntervals, subtractIntervals, type Interval } from "./intervals";
import type { BookingSettings } from "./settings";
import { boundaryInstant, workingPeriods, type AvailabilityException, type WeeklyRule } from "./working-hours";

/**
 * The slot engine: which start times can be offered. Pure — the caller loads rules, exceptions and
 * appointments and passes the current time.
 *
 * A start time is offered when the whole appointment [start, start + duration) lies within the therapist's
 * working periods, keeps `bufferMinutes` clear of every other appointment on both sides, starts at least
 * `minNoticeMinutes` after now and no later than `horizonDays` calendar days after today, and lies on the
 * wall-clock grid of `slotStepMinutes` (09:00, 09:15, …). Rules are wall-clock times, so "Monday 09:00"
 * stays 09:00 when the clocks change; everything else is instants.
 */
export type BusyPeriod = { startsAt: Date; endsAt: Date };

export type TherapistSchedule = {
  therapistId: string;
  rules: readonly WeeklyRule[];
  exceptions: readonly AvailabilityException[];
  /** The therapist's appointments that are not cancelled. */
  busy: readonly BusyPeriod[];
};

export type SlotQuery = {
  now: Date;
  durationMinutes: number;
  /** First and last local date to search (inclusive); default today and the end of the horizon. */
  fromDate?: string;
  toDate?: string;
};

export type SlotSettings = Pick<BookingSettings, "timeZone" | "bufferMinutes" | "minNoticeMinutes" | "horizonDays" | "slotStepMinutes">;

const MINUTE = 60_000;

/** The local dates a query covers, clipped to today … today + horizon. */
export function searchDates(query: Pick<SlotQuery, "now" | "fromDate" | "toDate">, settings: Pick<SlotSettings, "timeZone" | "horizonDays">) {
  const today = todayIn(query.now, settings.timeZone);
  const lastBookable = addDays(today, settings.horizonDays);
  const fromDate = query.fromDate && query.fromDate > today ? query.fromDate : today;
  const toDate = query.toDate && query.toDate < lastBookable ? query.toDate : lastBookable;
  return { today, lastBookable, fromDate, toDate };
}

/** The first instant ≥ `instant` whose local wall-clock minute is a multiple of `step`. */
function alignUp(instant: number, step: number, zone: string): number {
  const base = Math.ceil(instant / MINUTE) * MINUTE;
  const remainder = wallClockAt(base, zone).minutes % step;
  return remainder === 0 ? base : base + (step - remainder) * MINUTE;
}

/** Free start times (ms since epoch, ascending) for one therapist. */
export function freeStartTimes(schedule: TherapistSchedule, query: SlotQuery, settings: SlotSettings, cache = new Map<string, number>()): number[] {
  const { fromDate, toDate, lastBookable } = searchDates(query, settings);
  if (fromDate > toDate || query.durationMinutes <= 0) return [];
  const zone = settings.timeZone;
  const duration = query.durationMinutes * MINUTE;
  const step = settings.slotStepMinutes * MINUTE;
  const buffer = settings.bufferMinutes * MINUTE;

  const earliest = Math.max(query.now.getTime() + settings.minNoticeMinutes * MINUTE, boundaryInstant(fromDate, 0, zone, cache));
  // Starts must fall on a date up to `toDate` (and never after the horizon's last date).
  const latestStartExclusive = boundaryInstant(addDays(toDate < lastBookable ? toDate : lastBookable, 1), 0, zone, cache);

  // A day either side, so periods that cross midnight (extra hours at night) are seen whole.
  const working = workingPeriods(schedule.rules, schedule.exceptions, addDays(fromDate, -1), addDays(toDate, 1), zone, cache);
  const blocked: Interval[] = [];
  for (const period of schedule.busy) {
    const start = period.startsAt.getTime() - buffer;
    const end = period.endsAt.getTime() + buffer;
    if (end > earliest - duration && start < latestStartExclusive + duration) blocked.push({ start, end });
  }
  const free = subtractIntervals(working, mergeIntervals(blocked));

  const starts: number[] = [];
  for (const interval of free) {
    let start = alignUp(Math.max(interval.start, earliest), settings.slotStepMinutes, zone);
    for (; start + duration <= interval.end && start < latestStartExclusive; start += step) starts.push(start);
  }
  return starts;
}

/** A start time and the therapists free then, in the order the schedules were given. */
export type MergedSlot = { start: number; therapistIds: string[] };

/** Free start times per therapist, merged for "no preference": each time once, with everyone free then. */
export function mergedFreeSlots(schedules: readonly TherapistSchedule[], query: SlotQuery, settings: SlotSettings): MergedSlot[] {
  const cache = new Map<string, number>();
  const byStart = new Map<number, string[]>();
  for (const schedule of schedules) {
    for (const start of freeStartTimes(schedule, query, settings, cache)) {
      const ids = byStart.get(start);
      if (ids) ids.push(schedule.therapistId);
      else byStart.set(start, [schedule.therapistId]);
    }
  }
  return [...byStart.entries()].sort((a, b) => a[0] - b[0]).map(([start, therapistIds]) => ({ start, therapistIds }));
}

/** Whether the engine would offer exactly this start to this therapist now (the re-check on commit). */
export function isOfferedStart(schedule: TherapistSchedule, start: Date, query: Omit<SlotQuery, "fromDate" | "toDate">, settings: SlotSettings): boolean {
  const date = wallClockAt(start, settings.timeZone).date;
  return freeStartTimes(schedule, { ...query, fromDate: date, toDate: date }, settings).includes(start.getTime());
}
