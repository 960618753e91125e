import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { db } from "@/db";
import { exerciseLogs, exercises, planExercises, planPhases, plans } from "@/db/schema";
import { requirePatient, type SessionLike } from "@/lib/auth/actor";
import { logDateProblem } from "@/lib/plans/log-rules";
import { doneThisWeek } from "@/lib/plans/sessions";
import { todayIn } from "@/lib/time/zone";
import type { ExerciseLogInput } from "@/lib/validation/exercise-log";
import { audit } from "./audit";
import { loadPlanLogs, loadPlanRecords } from "./internal/plan-records";
import { isUuid } from "./patient-scope";

/**
 * The patient's own session logs: today's log sheet and writing a log. A log is for today only (Amsterdam
 * date) and can be edited all day: one per exercise per day, and one for the whole day's session
 * (`plan_exercise_id` null), which the database enforces and the write upserts. Only exercises of the
 * patient's own current phase can be logged; any other id is "not found".
 */
export type LogEntryView = { done: boolean; painDuring: number | null; painAfter: number | null; note: string; updatedAt: Date };

export type LogSheet = {
  today: string;
  plan: { id: string; title: string };
  phase: { id: string; position: number; title: string };
  dayLog: LogEntryView | null;
  exercises: {
    planExerciseId: string;
    name: string;
    sets: number;
    reps: number | null;
    holdSeconds: number | null;
    timesPerWeek: number;
    notes: string;
    /** Days this ISO week on which this exercise was logged as done. */
    doneThisWeek: number;
    log: LogEntryView | null;
  }[];
};

/** Today's log sheet for the current phase, or null when the patient has no plan with a current phase. */
export async function getLogSheet(session: SessionLike, now = new Date()): Promise<LogSheet | null> {
  const { patientId } = await requirePatient(session);
  const today = todayIn(now);
  const records = await loadPlanRecords(db, patientId, "active");
  const phase = records?.phases.find((p) => p.status === "current");
  if (!records || !phase) return null;
  const logs = await loadPlanLogs(db, patientId, records.plan.id);
  const todays = logs.filter((log) => log.date === today);
  const entry = (planExerciseId: string | null): LogEntryView | null => {
    const log = todays.find((l) => l.planExerciseId === planExerciseId);
    return log ? { done: log.done, painDuring: log.painDuring, painAfter: log.painAfter, note: log.note, updatedAt: log.updatedAt } : null;
  };
  return {
    today,
    plan: { id: records.plan.id, title: records.plan.title },
    phase: { id: phase.id, position: phase.position, title: phase.title },
    dayLog: entry(null),
    exercises: records.exercises
      .filter((e) => e.phaseId === phase.id && e.removedOn === null)
      .map((e) => ({
        planExerciseId: e.id,
        name: e.name,
        sets: e.sets,
        reps: e.reps,
        holdSeconds: e.holdSeconds,
        timesPerWeek: e.timesPerWeek,
        notes: e.notes,
        doneThisWeek: doneThisWeek(logs, e.id, today),
        log: entry(e.id),
      })),
  };
}

export type SaveLogResult =
  | { ok: true; exerciseName: string | null; updated: boolean }
  | { ok: false; reason: "not_found" | "no_current_phase" | "future" | "past" | "invalid" };

/**
 * Writes (or rewrites, the same day) a log of the patient's own current phase. Refuses: an exercise that is
 * not in the patient's own current phase (someone else's, a removed one, a malformed id), a day other than
 * today, and a patient without a current phase. Nothing is written when it refuses.
 */
export async function saveExerciseLog(session: SessionLike, input: ExerciseLogInput, now = new Date()): Promise<SaveLogResult> {
  const actor = await requirePatient(session);
  const { patientId } = actor;
  if (input.planExerciseId !== null && !isUuid(input.planExerciseId)) return { ok: false, reason: "not_found" };

  return db.transaction(async (tx) => {
    const [phase] = await tx
      .select({ id: planPhases.id })
      .from(planPhases)
      .innerJoin(plans, eq(plans.id, planPhases.planId))
      .where(and(eq(plans.patientId, patientId), eq(plans.status, "active"), eq(planPhases.status, "current")))
      .limit(1);

    // Without a current phase no exercise can be logged: an exercise id is then simply not found.
    if (!phase) return { ok: false, reason: input.planExerciseId === null ? "no_current_phase" : "not_found" } as const;

    let exerciseName: string | null = null;
    if (input.planExerciseId !== null) {
      const [exercise] = await tx
        .select({ name: exercises.name })
        .from(planExercises)
        .innerJoin(exercises, eq(exercises.id, planExercises.exerciseId))
        .where(and(eq(planExercises.id, input.planExerciseId), eq(planExercises.phaseId, phase.id), isNull(planExercises.removedAt)))
        .limit(1);
      if (!exercise) return { ok: false, reason: "not_found" } as const;
      exerciseName = exercise.name;
    }

    const problem = logDateProblem(input.logDate, todayIn(now));
    if (problem) return { ok: false, reason: problem } as const;

    const values = { done: input.done, painDuring: input.painDuring, painAfter: input.painAfter, note: input.note, phaseId: phase.id };
    const [row] = await tx
      .insert(exerciseLogs)
      .values({ patientId, planExerciseId: input.planExerciseId, logDate: input.logDate, ...values })
      .onConflictDoUpdate({ target: [exerciseLogs.patientId, exerciseLogs.planExerciseId, exerciseLogs.logDate], set: { ...values, updatedAt: now } })
      .returning({ id: exerciseLogs.id, createdAt: exerciseLogs.createdAt, updatedAt: exerciseLogs.updatedAt });
    const updated = !!row && row.updatedAt.getTime() !== row.createdAt.getTime();
    // The log is part of the patient's record (the therapist reads it): written with its audit row, like every other change of it.
    await audit(tx, actor, { action: updated ? "exercise_log.updated" : "exercise_log.created", patientId, recordType: "exercise_log", recordId: row!.id, details: { logDate: input.logDate, planExerciseId: input.planExerciseId } });
    return { ok: true, exerciseName, updated } as const;
  });
}
