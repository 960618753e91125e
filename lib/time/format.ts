import { PRACTICE_TIME_ZONE } from "./zone";

/** Dutch display of durations, dates and times, always in the practice's time zone; and counts. */

/**
 * A count with its noun, the numeral one written "één" (so it is not read as the article "een"; issue 12,
 * point 18): 1 → "één tijd", 2 → "2 tijden", 0 → "0 tijden". Quantities with a unit (minutes, sets × reps)
 * keep their digits.
 */
export function formatCount(count: number, singular: string, plural: string): string {
  return count === 1 ? `één ${singular}` : `${count} ${plural}`;
}

export function formatMinutes(minutes: number): string {
  if (minutes < 60 || minutes % 60 !== 0) return `${minutes} minuten`;
  const hours = minutes / 60;
  return hours === 1 ? "1 uur" : `${hours} uur`;
}

const dateFormat = new Intl.DateTimeFormat("nl-NL", { timeZone: PRACTICE_TIME_ZONE, weekday: "long", day: "numeric", month: "long", year: "numeric" });
const shortDateFormat = new Intl.DateTimeFormat("nl-NL", { timeZone: PRACTICE_TIME_ZONE, weekday: "short", day: "numeric", month: "short" });
const timeFormat = new Intl.DateTimeFormat("nl-NL", { timeZone: PRACTICE_TIME_ZONE, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

/** "maandag 30 maart 2026" */
export function formatDate(instant: Date): string {
  return dateFormat.format(instant);
}

/** "ma 30 mrt" */
export function formatShortDate(instant: Date): string {
  return shortDateFormat.format(instant);
}

/** "09:30" */
export function formatTime(instant: Date): string {
  return timeFormat.format(instant);
}

/** "maandag 30 maart 2026 om 09:30" */
export function formatDateTime(instant: Date): string {
  return `${formatDate(instant)} om ${formatTime(instant)}`;
}

/** A calendar date (YYYY-MM-DD) as "maandag 30 maart 2026". Noon UTC keeps it on the same day everywhere. */
export function formatCalendarDate(date: string): string {
  return dateFormat.format(new Date(`${date}T12:00:00Z`));
}

const plainDateFormat = new Intl.DateTimeFormat("nl-NL", { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" });

/** A calendar date (YYYY-MM-DD) as "30 maart 2026", without the weekday (article dates). */
export function formatPlainDate(date: string): string {
  return plainDateFormat.format(new Date(`${date}T12:00:00Z`));
}
