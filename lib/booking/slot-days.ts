import { addDays, startOfIsoWeek, wallClockAt } from "@/lib/time/zone";
import type { MergedSlot } from "./slots";

/**
 * Free slots arranged for the day-and-time picker: one week at a time, its seven days with how many times
 * are free, and the times of the chosen day. The default is the first week and day with a free time.
 */
export type DayState = "free" | "past" | "beyond" | "full";

export type PickerView = {
  weekStart: string;
  previousWeek: string | null;
  nextWeek: string | null;
  /** Each day with its free times, and why a day without any has none: gone by, beyond the horizon, or full/closed. */
  days: { date: string; count: number; state: DayState }[];
  selectedDay: string | null;
  times: MergedSlot[];
  hasAny: boolean;
};

export function pickerView(slots: readonly MergedSlot[], zone: string, today: string, lastDate: string, choice: { week?: string; day?: string }): PickerView {
  const byDay = new Map<string, MergedSlot[]>();
  for (const slot of slots) {
    const date = wallClockAt(slot.start, zone).date;
    const list = byDay.get(date);
    if (list) list.push(slot);
    else byDay.set(date, [slot]);
  }
  const firstWeek = startOfIsoWeek(today);
  const lastWeek = startOfIsoWeek(lastDate);
  const firstFree = slots[0] ? wallClockAt(slots[0].start, zone).date : today;
  let weekStart = startOfIsoWeek(choice.day ?? choice.week ?? firstFree);
  if (weekStart < firstWeek) weekStart = firstWeek;
  if (weekStart > lastWeek) weekStart = lastWeek;

  const days = Array.from({ length: 7 }, (_, i) => {
    const date = addDays(weekStart, i);
    const count = byDay.get(date)?.length ?? 0;
    const state: DayState = count > 0 ? "free" : date < today ? "past" : date > lastDate ? "beyond" : "full";
    return { date, count, state };
  });
  const chosen = choice.day && days.some((d) => d.date === choice.day && d.count > 0) ? choice.day : null;
  const selectedDay = chosen ?? days.find((d) => d.count > 0)?.date ?? null;
  return {
    weekStart,
    previousWeek: weekStart > firstWeek ? addDays(weekStart, -7) : null,
    nextWeek: weekStart < lastWeek ? addDays(weekStart, 7) : null,
    days,
    selectedDay,
    times: selectedDay ? (byDay.get(selectedDay) ?? []) : [],
    hasAny: slots.length > 0,
  };
}
