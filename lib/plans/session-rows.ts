import type { Verdict } from "./pain-rule";

/**
 * One row per session for the progress table (issue 16, point 8): a session is a day with anything logged;
 * its exercises are counted as done, done with changes, or skipped, beside the day's pain scores, the pain
 * rule's verdict and the note. Pure; newest first.
 */
export type LogForRow = { date: string; planExerciseId: string | null; phaseId: string; done: boolean; modified: boolean; painDuring: number | null; painAfter: number | null; note: string; variantExerciseId?: string | null };
export type SessionRow = {
  date: string;
  phaseId: string;
  done: number;
  modified: number;
  skipped: number;
  painDuring: number | null;
  morning: number | null;
  verdict: Verdict | null;
  note: string;
  /** The library exercises done as the easier variant that day (ids; counted under "aangepast"). */
  variants: string[];
};

export function sessionRows(logs: readonly LogForRow[], verdictOn: (date: string) => Verdict | null): SessionRow[] {
  const byDate = new Map<string, SessionRow>();
  for (const log of logs) {
    const row = byDate.get(log.date) ?? { date: log.date, phaseId: log.phaseId, done: 0, modified: 0, skipped: 0, painDuring: null, morning: null, verdict: null, note: "", variants: [] };
    if (log.planExerciseId === null) {
      row.painDuring = log.painDuring;
      row.morning = log.painAfter;
      row.note = log.note;
      row.phaseId = log.phaseId;
    } else if (!log.done) row.skipped++;
    else if (log.modified) {
      row.modified++;
      if (log.variantExerciseId) row.variants.push(log.variantExerciseId);
    }
    else row.done++;
    // Older logs kept pain and notes per exercise: the worst score and the notes still count for the day.
    if (log.planExerciseId !== null) {
      if (log.painDuring !== null) row.painDuring = Math.max(row.painDuring ?? 0, log.painDuring);
      if (log.note) row.note = row.note ? `${row.note} ${log.note}` : log.note;
    }
    byDate.set(log.date, row);
  }
  return [...byDate.values()].sort((a, b) => b.date.localeCompare(a.date)).map((row) => ({ ...row, verdict: verdictOn(row.date) }));
}
