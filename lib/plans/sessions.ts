import { addDays, daysBetween, startOfIsoWeek } from "@/lib/time/zone";

/**
 * Sessions, weeks and adherence. Pure: every date is an Amsterdam calendar date (YYYY-MM-DD) computed by the
 * caller, "today" is passed in.
 *
 * What counts (decided here, once):
 * - A *session* is a calendar day on which the patient logged something as done: the whole day's session or
 *   any single exercise. Two logs on one day are one session.
 * - The *planned sessions per week* of a phase is the highest "times per week" among its prescribed exercises,
 *   at most 7: a phase asking for one exercise 5× and the rest 3× a week asks for 5 training days.
 * - A week is an ISO week (Monday to Sunday). For each week the phase that counts is the one current on the
 *   week's last day (or today, for the week in progress), and the exercises that count are those prescribed in
 *   that phase and not removed before the week began.
 */
export type PhaseSpan = { id: string; position: number; startedOn: string | null; completedOn: string | null };
/**
 * `removedOn`: the day the therapist took the exercise out of the phase. When an exercise was added is not
 * used: plans are written with all their exercises up front, and an exercise added later to a running phase
 * rarely changes the phase's most frequent one.
 */
export type PrescribedExercise = { id: string; phaseId: string; timesPerWeek: number; removedOn: string | null };
export type SessionLog = { date: string; planExerciseId: string | null; done: boolean; painDuring: number | null; painAfter: number | null };

export function plannedSessionsPerWeek(exercises: readonly Pick<PrescribedExercise, "timesPerWeek">[]): number {
  return Math.min(7, Math.max(0, ...exercises.map((e) => e.timesPerWeek)));
}

/** The distinct days with a session done, sorted. */
export function sessionDates(logs: readonly SessionLog[]): string[] {
  return [...new Set(logs.filter((log) => log.done).map((log) => log.date))].sort();
}

/** The phase current on `date`: the last one (by position) that had started by then and not yet ended. */
export function phaseOn<P extends PhaseSpan>(phases: readonly P[], date: string): P | null {
  const started = [...phases]
    .filter((phase) => phase.startedOn !== null && phase.startedOn <= date && (phase.completedOn === null || date < phase.completedOn))
    .sort((a, b) => a.position - b.position);
  return started.at(-1) ?? null;
}

function exercisesDuring(exercises: readonly PrescribedExercise[], phaseId: string, weekStart: string): PrescribedExercise[] {
  return exercises.filter((e) => e.phaseId === phaseId && (e.removedOn === null || e.removedOn > weekStart));
}

export type WeekAdherence = {
  weekStart: string;
  weekEnd: string;
  phaseId: string | null;
  planned: number;
  done: number;
  /** done / planned as a whole percentage, at most 100; null when nothing was planned. */
  percentage: number | null;
  /** The week in progress: its count may still grow. */
  inProgress: boolean;
};

function percentage(done: number, planned: number): number | null {
  return planned > 0 ? Math.min(100, Math.round((done / planned) * 100)) : null;
}

/** Sessions done against planned for every ISO week from the plan's start to the week of `today`. */
export function adherenceByWeek(input: {
  startedOn: string;
  today: string;
  phases: readonly PhaseSpan[];
  exercises: readonly PrescribedExercise[];
  logs: readonly SessionLog[];
}): WeekAdherence[] {
  const { today, phases, exercises } = input;
  if (input.startedOn > today) return [];
  const days = sessionDates(input.logs).filter((date) => date >= input.startedOn && date <= today);
  const weeks: WeekAdherence[] = [];
  for (let weekStart = startOfIsoWeek(input.startedOn); weekStart <= today; weekStart = addDays(weekStart, 7)) {
    const weekEnd = addDays(weekStart, 6);
    const reference = weekEnd < today ? weekEnd : today;
    const phase = phaseOn(phases, reference);
    const planned = phase ? plannedSessionsPerWeek(exercisesDuring(exercises, phase.id, weekStart)) : 0;
    const done = days.filter((date) => date >= weekStart && date <= weekEnd).length;
    weeks.push({ weekStart, weekEnd, phaseId: phase?.id ?? null, planned, done, percentage: percentage(done, planned), inProgress: weekEnd >= today });
  }
  return weeks;
}

/** This week so far: the last entry of adherenceByWeek, also for a plan that starts this week. */
export function thisWeek(input: Parameters<typeof adherenceByWeek>[0]): WeekAdherence {
  const weeks = adherenceByWeek(input);
  const current = weeks.at(-1);
  if (current && current.weekStart === startOfIsoWeek(input.today)) return current;
  const weekStart = startOfIsoWeek(input.today);
  return { weekStart, weekEnd: addDays(weekStart, 6), phaseId: null, planned: 0, done: 0, percentage: null, inProgress: true };
}

/** How often an exercise was done in the week of `today` (for "2 van 3 keer deze week"). */
export function doneThisWeek(logs: readonly SessionLog[], planExerciseId: string, today: string): number {
  const weekStart = startOfIsoWeek(today);
  return new Set(logs.filter((l) => l.done && l.planExerciseId === planExerciseId && l.date >= weekStart && l.date <= today).map((l) => l.date)).size;
}

/** Week 1 is the plan's first (partial or whole) ISO week. */
export function planWeekNumber(startedOn: string, today: string): number {
  if (today < startedOn) return 0;
  return Math.floor(daysBetween(startOfIsoWeek(startedOn), startOfIsoWeek(today)) / 7) + 1;
}
