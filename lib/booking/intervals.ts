/**
 * Half-open intervals [start, end) of instants in milliseconds, the arithmetic under the slot engine.
 * All functions are pure and return sorted, disjoint intervals.
 */
export type Interval = { start: number; end: number };

/** Sorts and joins overlapping or touching intervals ([8,12) and [12,17) become [8,17)); drops empty ones. */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const interval of sorted) {
    const last = merged.at(-1);
    if (last && interval.start <= last.end) last.end = Math.max(last.end, interval.end);
    else merged.push({ start: interval.start, end: interval.end });
  }
  return merged;
}

/**
 * `from` minus `remove`. Both may be unsorted and overlapping; a single sweep over the merged lists keeps
 * this O((n + m) log(n + m)), which matters with thousands of appointments.
 */
export function subtractIntervals(from: readonly Interval[], remove: readonly Interval[]): Interval[] {
  const base = mergeIntervals(from);
  const cuts = mergeIntervals(remove);
  const result: Interval[] = [];
  let c = 0;
  for (const interval of base) {
    let start = interval.start;
    while (c < cuts.length && cuts[c]!.end <= start) c++;
    let k = c;
    while (k < cuts.length && cuts[k]!.start < interval.end) {
      const cut = cuts[k]!;
      if (cut.start > start) result.push({ start, end: cut.start });
      start = Math.max(start, cut.end);
      if (start >= interval.end) break;
      k++;
    }
    if (start < interval.end) result.push({ start, end: interval.end });
  }
  return result;
}
