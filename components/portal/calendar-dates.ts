import { PRACTICE_TIME_ZONE } from "@/lib/time/zone";

/** Short Dutch labels for calendar dates (YYYY-MM-DD) in charts and tables; noon UTC keeps the day. */
const short = new Intl.DateTimeFormat("nl-NL", { timeZone: PRACTICE_TIME_ZONE, day: "numeric", month: "short" });
const withWeekday = new Intl.DateTimeFormat("nl-NL", { timeZone: PRACTICE_TIME_ZONE, weekday: "short", day: "numeric", month: "short" });

export function shortDate(date: string): string {
  return short.format(new Date(`${date}T12:00:00Z`));
}

export function shortDateWithWeekday(date: string): string {
  return withWeekday.format(new Date(`${date}T12:00:00Z`));
}
