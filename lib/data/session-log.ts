import "server-only";
import { and, eq, inArray, isNotNull, isNull } from "drizzle-orm";
import { db } from "@/db";
import { exerciseLogs, exercises, planExercises, planPhases, plans } from "@/db/schema";
import { requirePatient, type SessionLike } from "@/lib/auth/actor";
import { exerciseIllustration, type ExerciseIllustration } from "@/lib/plans/exercise-illustrations";
import { logDateProblem, morningQuestionOpen } from "@/lib/plans/log-rules";
import { adviseSessions, type Advice } from "@/lib/plans/pain-rule";
import { splitByDue, timesPerDay } from "@/lib/plans/schedule";
import { addDays, todayIn } from "@/lib/time/zone";
import type { Effort, ExerciseStatus, SessionLogInput } from "@/lib/validation/session-log";
import { audit } from "./audit";
import { DuplicateSubmission, recordSubmission, submissionReceived } from "./log-submissions";
import { loadActivePlanRecords, loadPlanLogs, prescribedDosage, type LogRecord, type PlanRecords, type PrescribedDosage } from "./internal/plan-records";
import { planMorningQuestion } from "./morning-question";
import { isUuid } from "./patient-scope";
import { sessionScores, thresholdsByDate } from "./pain-advice";

/**
 * The day's checklist ("Vandaag"): the exercises of the patient's current phase due on the day (from each
 * exercise's frequency spread over the week), the others of the phase folded below, what is already saved
 * for the day, the morning question about the previous session, and the pain rule's advice. A patient gets
 * only their own; the day is today or yesterday.
 */
export type ChecklistExercise = PrescribedDosage & {
  planExerciseId: string;
  name: string;
  timesToday: number;
  illustration: ExerciseIllustration | null;
  saved: ExerciseStatus | null;
  savedEffort: Effort | null;
  /** The library's easier variant, offered "for today" on a bad day. */
  easier: EasierVariant | null;
};

export type EasierVariant = { id: string; name: string; summary: string };

export type Checklist = {
  date: string;
  today: string;
  phase: { id: string; position: number; title: string; painFree: boolean; maxDuring: number };
  due: ChecklistExercise[];
  other: ChecklistExercise[];
  day: { painDuring: number | null; note: string; updatedAt: Date } | null;
  /** "Hoe voelt het vanochtend?": the session it is about, when its morning score is still open (today only). */
  morningQuestion: { sessionDate: string; during: number | null } | null;
  /** The latest sessions with the pain rule's advice, newest first. */
  advice: { date: string; during: number | null; morning: number | null; advice: Advice }[];
};

const statusOf = (log: LogRecord): ExerciseStatus => (!log.done ? "skipped" : log.variantExerciseId ? "easier" : log.modified ? "modified" : "done");

function view(records: PlanRecords, phaseId: string, logs: LogRecord[], date: string, variants: Map<string, EasierVariant>) {
  const ofDay = logs.filter((l) => l.date === date);
  return records.exercises
    .filter((e) => e.phaseId === phaseId && e.removedOn === null)
    .map((e): ChecklistExercise => {
      const saved = ofDay.find((l) => l.planExerciseId === e.id);
      return {
        planExerciseId: e.id,
        name: e.name,
        ...prescribedDosage(e),
        timesToday: timesPerDay(e.timesPerWeek),
        illustration: exerciseIllustration(e.slug),
        saved: saved ? statusOf(saved) : null,
        savedEffort: saved?.effort ?? null,
        easier: e.regressionId ? (variants.get(e.regressionId) ?? null) : null,
      };
    });
}

const ADVICE_WINDOW_DAYS = 56;

export async function getChecklist(session: SessionLike, which: "today" | "yesterday" = "today", now = new Date()): Promise<Checklist | null> {
  const { patientId } = await requirePatient(session);
  const today = todayIn(now);
  const date = which === "today" ? today : addDays(today, -1);
  const records = await loadActivePlanRecords(patientId);
  const phase = records?.phases.find((p) => p.status === "current");
  if (!records || !phase) return null;
  // The advice lists the last five judged sessions, each compared with the morning before it: eight weeks of
  // logs hold those for anyone who follows the plan, without reading years of daily logs on every visit.
  const logs = await loadPlanLogs(db, patientId, records.plan.id, addDays(today, -ADVICE_WINDOW_DAYS));
  const regressionIds = [...new Set(records.exercises.flatMap((e) => (e.phaseId === phase.id && e.regressionId ? [e.regressionId] : [])))];
  const variantRows = regressionIds.length
    ? await db.select({ id: exercises.id, name: exercises.name, summary: exercises.summary }).from(exercises).where(inArray(exercises.id, regressionIds))
    : [];
  const variants = new Map(variantRows.map((v) => [v.id, v]));
  const { due, other } = splitByDue(view(records, phase.id, logs, date, variants), date);
  const dayLog = logs.find((l) => l.date === date && l.planExerciseId === null);
  const previous = logs.filter((l) => l.planExerciseId === null && l.date < today).at(-1);
  const judged = adviseSessions(sessionScores(logs), thresholdsByDate(records));
  return {
    date,
    today,
    phase: { id: phase.id, position: phase.position, title: phase.title, painFree: phase.painMaxDuring === 0, maxDuring: phase.painMaxDuring },
    due,
    other,
    day: dayLog ? { painDuring: dayLog.painDuring, note: dayLog.note, updatedAt: dayLog.updatedAt } : null,
    morningQuestion:
      which === "today" && previous && previous.done && previous.painAfter === null && morningQuestionOpen(previous.date, today)
        ? { sessionDate: previous.date, during: previous.painDuring }
        : null,
    advice: judged
      .flatMap((s) => (s.advice ? [{ date: s.date, during: s.during, morning: s.morning, advice: s.advice }] : []))
      .reverse()
      .slice(0, 5),
  };
}

export type SaveSessionResult =
  | { ok: true; saved: number; updated: boolean; morning: boolean; duplicate?: true }
  | { ok: false; reason: "not_found" | "no_current_phase" | "future" | "past" | "invalid" | "morning_closed" };

/**
 * Saves the day's checklist in one transaction: one row per answered exercise and the day's row with the
 * session's pain and note, and (today) the morning score of the previous session. Refuses, writing nothing:
 * an exercise not in the patient's own current phase, a day other than today or yesterday, a morning score
 * for a session that is not the patient's own recent one.
 */
export type SessionInput = Omit<SessionLogInput, "exercises" | "submissionKey"> & {
  submissionKey?: string | null;
  exercises: { planExerciseId: string; status: ExerciseStatus; effort?: Effort | null }[];
};

export async function saveSession(session: SessionLike, input: SessionInput, now = new Date()): Promise<SaveSessionResult> {
  try {
    return await storeSession(session, input, now);
  } catch (error) {
    // The same queued submission arrived twice at once: the other arrival stored it (decision 021).
    if (error instanceof DuplicateSubmission) return { ok: true, saved: 0, updated: false, morning: false, duplicate: true };
    throw error;
  }
}

async function storeSession(session: SessionLike, input: SessionInput, now: Date): Promise<SaveSessionResult> {
  const actor = await requirePatient(session);
  const { patientId } = actor;
  const today = todayIn(now);
  if (input.exercises.some((e) => !isUuid(e.planExerciseId))) return { ok: false, reason: "not_found" };
  const problem = logDateProblem(input.logDate, today);
  if (problem) return { ok: false, reason: problem };

  return db.transaction(async (tx) => {
    const key = input.submissionKey ?? null;
    if (key && (await submissionReceived(tx, key))) return { ok: true, saved: 0, updated: false, morning: false, duplicate: true } as const;
    const [phase] = await tx
      .select({ id: planPhases.id })
      .from(planPhases)
      .innerJoin(plans, eq(plans.id, planPhases.planId))
      .where(and(eq(plans.patientId, patientId), eq(plans.status, "active"), isNotNull(plans.publishedAt), eq(planPhases.status, "current")))
      .limit(1);
    if (!phase) return { ok: false, reason: input.exercises.length ? "not_found" : "no_current_phase" } as const;

    const allowed = await tx
      .select({ id: planExercises.id, regressionId: exercises.regressionId })
      .from(planExercises)
      .innerJoin(exercises, eq(exercises.id, planExercises.exerciseId))
      .where(and(eq(planExercises.phaseId, phase.id), isNull(planExercises.removedAt)));
    const easierOf = new Map(allowed.map((e) => [e.id, e.regressionId]));
    if (input.exercises.some((e) => !easierOf.has(e.planExerciseId))) return { ok: false, reason: "not_found" } as const;
    // The easier variant only where the library names one (a stale page after the therapist removed it refuses).
    if (input.exercises.some((e) => e.status === "easier" && !easierOf.get(e.planExerciseId))) return { ok: false, reason: "not_found" } as const;

    let morning = false;
    if (input.morningPain !== null) {
      if (!input.morningFor || !morningQuestionOpen(input.morningFor, today)) return { ok: false, reason: "morning_closed" } as const;
      const answered = await tx
        .update(exerciseLogs)
        .set({ painAfter: input.morningPain, updatedAt: now })
        .where(and(eq(exerciseLogs.patientId, patientId), isNull(exerciseLogs.planExerciseId), eq(exerciseLogs.logDate, input.morningFor)))
        .returning({ id: exerciseLogs.id });
      if (!answered[0]) return { ok: false, reason: "morning_closed" } as const;
      morning = true;
      await audit(tx, actor, { action: "exercise_log.morning_pain", patientId, recordType: "exercise_log", recordId: answered[0].id, details: { logDate: input.morningFor } });
    }
    if (key) await recordSubmission(tx, key, patientId, input.logDate);
    if (!input.exercises.length) return { ok: true, saved: 0, updated: false, morning } as const;

    for (const exercise of input.exercises) {
      const easier = exercise.status === "easier";
      const values = {
        done: exercise.status !== "skipped",
        modified: exercise.status === "modified" || easier,
        variantExerciseId: easier ? (easierOf.get(exercise.planExerciseId) ?? null) : null,
        effort: exercise.effort ?? null,
        phaseId: phase.id,
      };
      await tx
        .insert(exerciseLogs)
        .values({ patientId, planExerciseId: exercise.planExerciseId, logDate: input.logDate, ...values })
        .onConflictDoUpdate({ target: [exerciseLogs.patientId, exerciseLogs.planExerciseId, exerciseLogs.logDate], set: { ...values, updatedAt: now } });
    }
    const anyDone = input.exercises.some((e) => e.status !== "skipped");
    const dayValues = { done: anyDone, modified: input.exercises.some((e) => e.status === "modified" || e.status === "easier"), painDuring: input.painDuring, note: input.note, phaseId: phase.id };
    const [row] = await tx
      .insert(exerciseLogs)
      .values({ patientId, planExerciseId: null, logDate: input.logDate, ...dayValues })
      .onConflictDoUpdate({ target: [exerciseLogs.patientId, exerciseLogs.planExerciseId, exerciseLogs.logDate], set: { ...dayValues, updatedAt: now } })
      .returning({ id: exerciseLogs.id, createdAt: exerciseLogs.createdAt, updatedAt: exerciseLogs.updatedAt });
    const updated = !!row && row.updatedAt.getTime() !== row.createdAt.getTime();
    if (anyDone) await planMorningQuestion(tx, patientId, input.logDate, now);
    await audit(tx, actor, {
      action: updated ? "exercise_log.updated" : "exercise_log.created",
      patientId,
      recordType: "exercise_log",
      recordId: row!.id,
      details: { logDate: input.logDate, exercises: input.exercises.length },
    });
    return { ok: true, saved: input.exercises.length, updated, morning } as const;
  });
}
