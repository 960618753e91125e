import { addDays, instantAt, isoWeekday, offsetMinutesAt, wallClockAt } from "@/lib/time/zone";
import { mergeIntervals, subtractIntervals, type Interval } from "./intervals";

/** A therapist's weekly hours: local wall-clock times in the practice's zone (ISO weekday, 1 = Monday). */
export type WeeklyRule = { weekday: number; startTime: string; endTime: string; validFrom: string; validTo: string | null };

/** An absence (holiday, illness) or extra hours, as instants. */
export type AvailabilityException = { kind: "absence" | "extra_hours"; startsAt: Date; endsAt: Date };

function minutesOf(time: string): number {
  const [h, m] = time.split(":").map(Number) as [number, number];
  return h * 60 + m;
}

/**
 * The instant at which a working period that starts or ends at `minutes` on the wall clock of `date` begins
 * or ends. For a time that exists this is `instantAt`. For a time in the spring gap (02:00–03:00 does not
 * exist on the last Sunday of March) "from 02:30" means "from the first moment the clock shows 02:30 or
 * later", which is the transition itself (03:00 CEST) — not 03:30, as moving the time forward would give.
 * For a time that occurs twice (the October change) it is the first occurrence.
 */
export function boundaryInstant(date: string, minutes: number, zone: string, cache?: Map<string, number>): number {
  const key = `${date}|${minutes}`;
  const cached = cache?.get(key);
  if (cached !== undefined) return cached;
  let instant = instantAt(date, minutes, zone).getTime();
  const wall = wallClockAt(instant, zone);
  const exists = wall.date === date && wall.minutes === minutes % (24 * 60);
  if (!exists && minutes < 24 * 60) {
    // Search back (whole minutes) for the first instant with the offset after the gap: the transition.
    const after = offsetMinutesAt(instant, zone);
    let lo = instant - 3 * 3_600_000;
    let hi = instant;
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
      if (offsetMinutesAt(mid, zone) === after) hi = mid;
      else lo = mid;
    }
    instant = hi;
  }
  cache?.set(key, instant);
  return instant;
}

/**
 * The periods a therapist works between two local dates (inclusive): the weekly rules of each date, plus
 * extra hours, minus absences (an absence wins over extra hours). Sorted and disjoint.
 */
export function workingPeriods(
  rules: readonly WeeklyRule[],
  exceptions: readonly AvailabilityException[],
  fromDate: string,
  toDate: string,
  zone: string,
  cache = new Map<string, number>(),
): Interval[] {
  const periods: Interval[] = [];
  for (let date = fromDate; date <= toDate; date = addDays(date, 1)) {
    const weekday = isoWeekday(date);
    for (const rule of rules) {
      if (rule.weekday !== weekday || rule.validFrom > date || (rule.validTo !== null && rule.validTo < date)) continue;
      periods.push({
        start: boundaryInstant(date, minutesOf(rule.startTime), zone, cache),
        end: boundaryInstant(date, minutesOf(rule.endTime), zone, cache),
      });
    }
  }
  const first = boundaryInstant(fromDate, 0, zone, cache);
  const last = boundaryInstant(addDays(toDate, 1), 0, zone, cache);
  const within = (e: AvailabilityException) => e.endsAt.getTime() > first && e.startsAt.getTime() < last;
  const asInterval = (e: AvailabilityException): Interval => ({ start: e.startsAt.getTime(), end: e.endsAt.getTime() });
  const extra = exceptions.filter((e) => e.kind === "extra_hours" && within(e)).map(asInterval);
  const absent = exceptions.filter((e) => e.kind === "absence").map(asInterval);
  return subtractIntervals(mergeIntervals([...periods, ...extra]), absent);
}
