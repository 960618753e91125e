import { blockStatus, minutesOfTime, shortTime, weekdayName, type WeeklyBlock } from "./weekly-blocks";

/** One day of the practice's opening hours: the times at least one therapist works, overlaps merged. */
export type OpeningDay = { weekday: number; name: string; ranges: { start: string; end: string }[] };

/**
 * The practice's opening hours on the date `today`: the therapists' weekly blocks in force that day, per
 * weekday (Monday first), with blocks that touch or overlap merged into one range. A day without a block
 * has no ranges ("gesloten").
 */
export function practiceOpeningHours(blocks: readonly WeeklyBlock[], today: string): OpeningDay[] {
  const current = blocks.filter((block) => blockStatus(block, today) === "current");
  return [1, 2, 3, 4, 5, 6, 7].map((weekday) => {
    const sorted = current
      .filter((block) => block.weekday === weekday)
      .map((block) => ({ start: minutesOfTime(block.startTime), end: minutesOfTime(block.endTime), startTime: block.startTime, endTime: block.endTime }))
      .sort((a, b) => a.start - b.start || a.end - b.end);
    const merged: (typeof sorted)[number][] = [];
    for (const range of sorted) {
      const last = merged.at(-1);
      if (last && range.start <= last.end) {
        if (range.end > last.end) Object.assign(last, { end: range.end, endTime: range.endTime });
      } else merged.push({ ...range });
    }
    return { weekday, name: weekdayName(weekday), ranges: merged.map((r) => ({ start: shortTime(r.startTime), end: shortTime(r.endTime) })) };
  });
}

const euro = new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" });

/** "€ 79,50" for 7950 cents; null when the practice has not published a price. */
export function formatPrice(cents: number | null): string | null {
  return cents === null ? null : euro.format(cents / 100);
}
