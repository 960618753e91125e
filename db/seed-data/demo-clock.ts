/**
 * Wall-clock arithmetic in the practice's time zone for the demo data (db/ does not import lib/time, whose
 * functions do the same for the app). Dates are YYYY-MM-DD, times HH:MM.
 */
const TIME_ZONE = "Europe/Amsterdam";

const partsFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

function localAsUtc(instant: Date): number {
  const parts = Object.fromEntries(partsFormat.formatToParts(instant).map((p) => [p.type, p.value]));
  return Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute));
}

/** The local calendar date of `now`, shifted by `offsetDays`. */
export function localDate(now: Date, offsetDays = 0): string {
  const local = new Date(localAsUtc(now));
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + offsetDays)).toISOString().slice(0, 10);
}

/** ISO weekday of a date (1 = Monday … 7 = Sunday). */
export function weekdayOf(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

export function minutesOf(time: string): number {
  const [h, m] = time.split(":").map(Number) as [number, number];
  return h * 60 + m;
}

/** The instant at which the practice's clocks show `date` and `minutes` after midnight. */
export function localInstant(date: string, minutes: number): Date {
  const wall = Date.parse(`${date}T00:00:00Z`) + minutes * 60_000;
  let guess = wall;
  for (let i = 0; i < 2; i++) guess = wall - (localAsUtc(new Date(guess)) - guess);
  return new Date(guess);
}
