import { isoWeekday } from "@/lib/time/zone";

/**
 * Which exercises are due on a day. Pure. An exercise's frequency ("times per week", 1–21) is spread evenly
 * over the ISO week starting on Monday, so the days in between are rest days: 2× → Monday and Thursday,
 * 3× → Monday, Wednesday and Friday, 6× → every day but Sunday. Seven or more is every day; 14 is twice a
 * day, 21 three times. The same spread is used everywhere (the checklist, the print grid), so a patient who
 * prints the plan sees the same days as the portal shows.
 */

/** ISO weekdays (1 = Monday … 7 = Sunday) on which an exercise done `timesPerWeek` times is due. */
export function dueWeekdays(timesPerWeek: number): number[] {
  const perWeek = Math.max(1, Math.min(7, Math.floor(timesPerWeek)));
  return [...new Set(Array.from({ length: perWeek }, (_, k) => Math.floor((k * 7) / perWeek) + 1))];
}

export function isDueOn(timesPerWeek: number, date: string): boolean {
  return dueWeekdays(timesPerWeek).includes(isoWeekday(date));
}

/** How many times on a day it is due: 2 for "twee keer per dag" (14 per week), else 1. */
export function timesPerDay(timesPerWeek: number): number {
  return timesPerWeek >= 14 ? Math.floor(timesPerWeek / 7) : 1;
}

/** Splits exercises into those due on `date` and the rest (logging those is allowed, not asked). */
export function splitByDue<E extends { timesPerWeek: number }>(exercises: readonly E[], date: string): { due: E[]; other: E[] } {
  const due: E[] = [];
  const other: E[] = [];
  for (const exercise of exercises) (isDueOn(exercise.timesPerWeek, date) ? due : other).push(exercise);
  return { due, other };
}
