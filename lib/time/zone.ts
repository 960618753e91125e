/**
 * Wall-clock time in a time zone (Europe/Amsterdam for the practice) and instants (UTC), both directions,
 * correct across daylight-saving changes. Pure: no I/O, no current time unless passed in.
 *
 * Dates are ISO strings `YYYY-MM-DD`, times `HH:MM` (24 h), weekdays ISO (1 = Monday … 7 = Sunday).
 */
export const PRACTICE_TIME_ZONE = "Europe/Amsterdam";

export type WallClock = { date: string; time: string; weekday: number; minutes: number };

const formatters = new Map<string, Intl.DateTimeFormat>();
function partsFormatter(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      weekday: "short",
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

type Parts = { year: number; month: number; day: number; hour: number; minute: number; second: number; weekday: number };

/** The wall clock from Intl: exact, but a few microseconds a call (hundreds of appointments on a page add up). */
function formattedParts(instant: number, zone: string): Parts {
  const parts: Record<string, string> = {};
  for (const part of partsFormatter(zone).formatToParts(instant)) parts[part.type] = part.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: WEEKDAYS[parts.weekday ?? ""] ?? 0,
  };
}

const HOUR = 3_600_000;

/** The zone's exact offset from UTC in ms (whole seconds) at an instant. */
function exactOffsetMs(instant: number, zone: string): number {
  const p = formattedParts(instant, zone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(instant / 1000) * 1000;
}

/**
 * The zone's offset throughout the UTC hour starting at `hourStart`, or null when it changes within that hour
 * (a clock change: those instants ask Intl). A memo of a pure function, the same in every instance; bounded.
 */
const hourOffsets = new Map<string, number | null>();
function hourOffset(hourStart: number, zone: string): number | null {
  const key = `${zone} ${hourStart}`;
  let offset = hourOffsets.get(key);
  if (offset === undefined) {
    const first = exactOffsetMs(hourStart, zone);
    offset = first === exactOffsetMs(hourStart + HOUR - 1000, zone) ? first : null;
    if (hourOffsets.size >= 20_000) hourOffsets.clear();
    hourOffsets.set(key, offset);
  }
  return offset;
}

/** Read synchronously right after setTime: no Date built per call (Next wraps the constructor on the server). */
const local = new Date(0);

/** The wall clock at an instant: the hour's offset applied, or Intl itself in an hour with a clock change. */
function wallParts(instant: number, zone: string): Parts {
  const offset = hourOffset(Math.floor(instant / HOUR) * HOUR, zone);
  if (offset === null) return formattedParts(instant, zone);
  local.setTime(instant + offset);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    weekday: local.getUTCDay() || 7,
  };
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The wall clock in `zone` at an instant. */
export function wallClockAt(instant: Date | number, zone = PRACTICE_TIME_ZONE): WallClock {
  const p = wallParts(typeof instant === "number" ? instant : instant.getTime(), zone);
  return {
    date: `${p.year}-${pad(p.month)}-${pad(p.day)}`,
    time: `${pad(p.hour)}:${pad(p.minute)}`,
    weekday: p.weekday,
    minutes: p.hour * 60 + p.minute,
  };
}

/** The zone's offset from UTC in minutes at an instant (+60 for CET, +120 for CEST). */
export function offsetMinutesAt(instant: number, zone = PRACTICE_TIME_ZONE): number {
  const p = wallParts(instant, zone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

function parseDate(date: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`not a date: ${date}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function parseTime(time: string): number {
  const match = /^(\d{2}):(\d{2})(?::\d{2})?$/.exec(time);
  if (!match || Number(match[1]) > 24 || Number(match[2]) > 59) throw new RangeError(`not a time: ${time}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/**
 * The instant at which the wall clock in `zone` shows `date` `time` (minutes since midnight also accepted).
 * Like Temporal's "compatible" disambiguation: a time that occurs twice (the October change) gives the
 * earlier instant; a time that does not exist (the March gap, 02:00–03:00) is moved forward by the gap.
 */
export function instantAt(date: string, time: string | number, zone = PRACTICE_TIME_ZONE): Date {
  const [y, m, d] = parseDate(date);
  const minutes = typeof time === "number" ? time : parseTime(time);
  const naive = Date.UTC(y, m - 1, d, 0, minutes);
  const before = offsetMinutesAt(naive - 12 * 3_600_000, zone);
  const after = offsetMinutesAt(naive + 12 * 3_600_000, zone);
  const candidates = [...new Set([before, after])]
    .map((offset) => naive - offset * 60_000)
    .filter((instant) => offsetMinutesAt(instant, zone) * 60_000 === naive - instant)
    .sort((a, b) => a - b);
  return new Date(candidates[0] ?? naive - before * 60_000);
}

/** `date` plus `days` calendar days (no time zone involved). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = parseDate(date);
  const shifted = new Date(Date.UTC(y, m - 1, d + days));
  return `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`;
}

/** ISO weekday of a calendar date (1 = Monday). */
export function isoWeekday(date: string): number {
  const [y, m, d] = parseDate(date);
  const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** Today's date in `zone`. */
export function todayIn(now: Date, zone = PRACTICE_TIME_ZONE): string {
  return wallClockAt(now, zone).date;
}

/** The Monday of the ISO week that `date` falls in. */
export function startOfIsoWeek(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const [y1, m1, d1] = parseDate(from);
  const [y2, m2, d2] = parseDate(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}
