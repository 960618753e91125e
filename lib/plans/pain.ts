import type { SessionLog } from "./sessions";

/**
 * The pain trend: for every day with a pain score, the highest score logged that day during exercise and
 * afterwards (the worst moment is what matters for dosing). Pure; dates sorted ascending.
 */
export type PainPoint = { date: string; during: number | null; after: number | null };

export function painTrend(logs: readonly SessionLog[]): PainPoint[] {
  const byDate = new Map<string, PainPoint>();
  for (const log of logs) {
    if (log.painDuring === null && log.painAfter === null) continue;
    const point = byDate.get(log.date) ?? { date: log.date, during: null, after: null };
    if (log.painDuring !== null) point.during = Math.max(point.during ?? 0, log.painDuring);
    if (log.painAfter !== null) point.after = Math.max(point.after ?? 0, log.painAfter);
    byDate.set(log.date, point);
  }
  return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
}

/** The average of the scores in the first and the last `span` points, to say "going down" in words. */
export function painDirection(points: readonly PainPoint[], span = 3): "down" | "up" | "level" | null {
  const scores = points.map((p) => Math.max(p.during ?? 0, p.after ?? 0));
  if (scores.length < 2 * span) return null;
  const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
  const difference = mean(scores.slice(-span)) - mean(scores.slice(0, span));
  if (difference <= -1) return "down";
  if (difference >= 1) return "up";
  return "level";
}
