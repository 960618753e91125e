/**
 * The exercise log told in a few lines, for the readable "Mijn gegevens" document: per phase the number of
 * sessions (a day with at least one log marked done, decision 008), the first and last of them, how many
 * exercise logs were done and skipped, and the pain during and the next morning (average and highest).
 * The full log stays in the JSON export; two years of daily logs would be a hundred printed pages.
 */
export type SummaryLog = { date: string; phase: string | null; planExerciseId: string | null; done: boolean; painDuring: number | null; painAfter: number | null };

export type PainFigures = { average: number; highest: number } | null;

export type PhaseLogSummary = {
  phase: string;
  sessions: number;
  firstDate: string | null;
  lastDate: string | null;
  exercisesDone: number;
  exercisesSkipped: number;
  painDuring: PainFigures;
  painMorning: PainFigures;
};

function figures(scores: number[]): PainFigures {
  if (!scores.length) return null;
  const average = Math.round((scores.reduce((sum, s) => sum + s, 0) / scores.length) * 10) / 10;
  return { average, highest: Math.max(...scores) };
}

/** One summary per phase, in the order the phases first appear in the (date-ordered) logs. */
export function summariseLogs(logs: readonly SummaryLog[]): PhaseLogSummary[] {
  const byPhase = new Map<string, SummaryLog[]>();
  for (const log of logs) {
    const key = log.phase ?? "Zonder fase";
    const list = byPhase.get(key);
    if (list) list.push(log);
    else byPhase.set(key, [log]);
  }
  return [...byPhase].map(([phase, list]) => {
    const sessionDays = [...new Set(list.filter((l) => l.done).map((l) => l.date))].sort();
    // Pain is asked once per session (the day's row); older logs kept it per exercise: the worst of a day counts.
    const worstOfDay = (pick: (l: SummaryLog) => number | null) => {
      const perDay = new Map<string, number>();
      for (const log of list) {
        const score = pick(log);
        if (score !== null) perDay.set(log.date, Math.max(score, perDay.get(log.date) ?? 0));
      }
      return [...perDay.values()];
    };
    const exerciseLogs = list.filter((l) => l.planExerciseId !== null);
    return {
      phase,
      sessions: sessionDays.length,
      firstDate: sessionDays[0] ?? null,
      lastDate: sessionDays.at(-1) ?? null,
      exercisesDone: exerciseLogs.filter((l) => l.done).length,
      exercisesSkipped: exerciseLogs.filter((l) => !l.done).length,
      painDuring: figures(worstOfDay((l) => l.painDuring)),
      painMorning: figures(worstOfDay((l) => l.painAfter)),
    };
  });
}
