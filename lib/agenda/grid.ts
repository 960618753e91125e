/**
 * The agenda as a time grid (issue 17, point 7): per column (a day, or a therapist on a day) the blocks to
 * draw, appointments and the free time between them within the working hours, in minutes since local
 * midnight, and the hours the grid spans. Pure: the page draws it, the test checks it.
 */
export type GridInterval = { start: number; end: number };

export type GridColumn<T> = {
  key: string;
  date: string;
  therapistId: string | null;
  /** Working hours of the column's therapist (or of everyone shown), minutes since midnight. */
  hours: GridInterval[];
  appointments: (GridInterval & { item: T })[];
  free: GridInterval[];
};

/** Free time of at least this many minutes is shown (shorter gaps are just the buffer between visits). */
export const MIN_FREE_MINUTES = 15;

export function freeTime(hours: readonly GridInterval[], busy: readonly GridInterval[], minimum = MIN_FREE_MINUTES): GridInterval[] {
  const sorted = [...busy].sort((a, b) => a.start - b.start);
  const free: GridInterval[] = [];
  for (const period of hours) {
    let cursor = period.start;
    for (const b of sorted) {
      if (b.end <= cursor || b.start >= period.end) continue;
      if (b.start - cursor >= minimum) free.push({ start: cursor, end: b.start });
      cursor = Math.max(cursor, b.end);
    }
    if (period.end - cursor >= minimum) free.push({ start: cursor, end: period.end });
  }
  return free;
}

/** The whole hours the grid shows: 08:00–18:00 at least, widened to every block. */
export function gridSpan(columns: readonly { hours: GridInterval[]; appointments: GridInterval[] }[]): { from: number; to: number } {
  let from = 8 * 60;
  let to = 18 * 60;
  for (const column of columns) {
    for (const block of [...column.hours, ...column.appointments]) {
      from = Math.min(from, Math.floor(block.start / 60) * 60);
      to = Math.max(to, Math.ceil(block.end / 60) * 60);
    }
  }
  return { from: Math.max(0, from), to: Math.min(24 * 60, to) };
}

/** "08:30" for 510. */
export function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}
