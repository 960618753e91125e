import { wallClockAt } from "@/lib/time/zone";

/** Which waiters a freed time suits (pure). Parts of the day by local start: before 12:00, before 17:00, later. */
export const dayParts = ["morning", "afternoon", "evening"] as const;
export type DayPart = (typeof dayParts)[number];
export const dayPartLabels: Record<DayPart, string> = { morning: "ochtend (tot 12:00)", afternoon: "middag (12:00–17:00)", evening: "avond (vanaf 17:00)" };
export const weekdayLabels: Record<number, string> = { 1: "maandag", 2: "dinsdag", 3: "woensdag", 4: "donderdag", 5: "vrijdag", 6: "zaterdag", 7: "zondag" };

export function dayPartOf(minutesSinceMidnight: number): DayPart {
  return minutesSinceMidnight < 12 * 60 ? "morning" : minutesSinceMidnight < 17 * 60 ? "afternoon" : "evening";
}

export type WaitPreferences = { therapistId: string | null; weekdays: number[]; dayParts: string[]; untilDate: string };

export function suits(entry: WaitPreferences, time: { therapistId: string; startsAt: Date }, timeZone: string): boolean {
  const local = wallClockAt(time.startsAt, timeZone);
  if (entry.therapistId !== null && entry.therapistId !== time.therapistId) return false;
  if (local.date > entry.untilDate) return false;
  return entry.weekdays.includes(local.weekday) && entry.dayParts.includes(dayPartOf(local.minutes));
}
