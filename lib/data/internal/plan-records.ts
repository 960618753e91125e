import "server-only";
import { and, asc, countDistinct, desc, eq, gte, isNotNull } from "drizzle-orm";
import { cache } from "react";
import { db, type Executor } from "@/db";
import { exerciseLogs, planPhases, plans, type ExitCriterionCheck, type PhaseStatus } from "@/db/schema";
import type { Prescription } from "@/lib/plans/versions";
import { wallClockAt } from "@/lib/time/zone";
import { planPhaseColumns, prescribedExercises } from "./query-shapes";

/**
 * Reads one plan of one patient with its phases and prescribed exercises. Internal to lib/data: the caller
 * has already decided, from the session, that `patientId` may be read (see patient-scope.ts). The plan is
 * always looked up together with its patient, so a plan id of someone else finds nothing. A draft (not yet
 * published by the therapist) is never found: these records are what the patient sees.
 */
export type PlanRecord = { id: string; title: string; status: "active" | "completed" | "stopped"; startedOn: string; endedOn: string | null };
export type PhaseRecord = {
  id: string;
  position: number;
  title: string;
  goal: string;
  exitCriteria: string[];
  status: PhaseStatus;
  startedOn: string | null;
  completedOn: string | null;
  checklist: { criterion: string; met: boolean }[] | null;
  /** The pain rule's limits in this phase. */
  painMaxDuring: number;
  painMaxMorning: number;
};
/** What the therapist prescribed for one exercise: how much, how often, on which side, with their note. */
export type PrescribedDosage = Prescription;

/** Just the dosage of a prescribed exercise (for views that pass it on). */
export function prescribedDosage(e: PrescribedDosage): PrescribedDosage {
  const { sets, reps, holdSeconds, durationMinutes, side, load, tempo, restSeconds, timesPerWeek, notes } = e;
  return { sets, reps, holdSeconds, durationMinutes, side, load, tempo, restSeconds, timesPerWeek, notes };
}

export type ExerciseRecord = {
  id: string;
  phaseId: string;
  position: number;
  slug: string;
  name: string;
  summary: string;
  instructions: string;
  cues: string[];
  removedOn: string | null;
  regressionId: string | null;
} & PrescribedDosage;
export type PlanRecords = { plan: PlanRecord; phases: PhaseRecord[]; exercises: ExerciseRecord[] };

const amsterdamDate = (instant: Date | null) => (instant ? wallClockAt(instant).date : null);

/** `which`: a plan id, "active" (the plan the patient follows now) or "latest" (active, else the most recent). */
export async function loadPlanRecords(executor: Executor, patientId: string, which: string | "active" | "latest"): Promise<PlanRecords | null> {
  const byId = which !== "active" && which !== "latest";
  const [row] = await executor
    .select({ id: plans.id, title: plans.title, status: plans.status, startedOn: plans.startedOn, endedAt: plans.endedAt })
    .from(plans)
    .where(and(eq(plans.patientId, patientId), isNotNull(plans.publishedAt), byId ? eq(plans.id, which) : which === "active" ? eq(plans.status, "active") : undefined))
    // "latest": the active plan first (status sorts active < completed < stopped), then the newest.
    .orderBy(asc(plans.status), desc(plans.startedOn), desc(plans.createdAt))
    .limit(1);
  if (!row) return null;
  const { endedAt, ...rest } = row;
  const plan: PlanRecord = { ...rest, endedOn: amsterdamDate(endedAt) };

  const phaseRows = await executor
    .select({
      ...planPhaseColumns,
      advanceChecklist: planPhases.advanceChecklist,
      painMaxDuring: planPhases.painMaxDuring,
      painMaxMorning: planPhases.painMaxMorning,
    })
    .from(planPhases)
    .where(eq(planPhases.planId, plan.id))
    .orderBy(asc(planPhases.position));

  const phases: PhaseRecord[] = phaseRows.map((row) => ({
    id: row.id,
    position: row.position,
    title: row.title,
    goal: row.goal,
    exitCriteria: row.exitCriteria,
    status: row.status,
    // A current phase without a recorded start counts from the plan's start.
    startedOn: amsterdamDate(row.startedAt) ?? (row.status === "current" ? plan.startedOn : null),
    completedOn: amsterdamDate(row.completedAt),
    // The therapist's own notes on the checklist stay in the clinical record; the patient sees met or not.
    checklist: row.advanceChecklist?.map(({ criterion, met }: ExitCriterionCheck) => ({ criterion, met })) ?? null,
    painMaxDuring: row.painMaxDuring,
    painMaxMorning: row.painMaxMorning,
  }));

  const exerciseRows = await prescribedExercises(executor, phases.map((p) => p.id), "all");

  return {
    plan,
    phases,
    exercises: exerciseRows.map(({ id, phaseId, position, slug, name, summary, instructions, cues, regressionId, sets, reps, holdSeconds, durationMinutes, side, load, tempo, restSeconds, timesPerWeek, notes, removedAt }) => ({
      ...{ id, phaseId, position, slug, name, summary, instructions, cues, regressionId, sets, reps, holdSeconds, durationMinutes, side, load, tempo, restSeconds, timesPerWeek, notes },
      removedOn: amsterdamDate(removedAt),
    })),
  };
}

/** On how many days the patient logged anything within one plan (a session per day, as the session table counts). */
export async function countPlanLogDays(executor: Executor, patientId: string, planId: string): Promise<number> {
  const [row] = await executor
    .select({ days: countDistinct(exerciseLogs.logDate) })
    .from(exerciseLogs)
    .innerJoin(planPhases, eq(planPhases.id, exerciseLogs.phaseId))
    .where(and(eq(exerciseLogs.patientId, patientId), eq(planPhases.planId, planId)));
  return Number(row?.days ?? 0);
}

/**
 * The active plan's records, read once per request: "Vandaag" needs them for the week's adherence and for the
 * checklist (two data functions, one page). Reads only; a transaction uses loadPlanRecords with its own tx.
 */
export const loadActivePlanRecords = cache((patientId: string) => loadPlanRecords(db, patientId, "active"));

export type LogRecord = {
  id: string;
  date: string;
  planExerciseId: string | null;
  phaseId: string;
  done: boolean;
  modified: boolean;
  effort: "too_light" | "right" | "too_heavy" | null;
  /** The library exercise done instead (its easier variant); null: as prescribed. */
  variantExerciseId: string | null;
  painDuring: number | null;
  painAfter: number | null;
  note: string;
  updatedAt: Date;
};

/**
 * The patient's logs within one plan (any of its phases), oldest first; with `from`, only those of that day
 * and later (a page about this week need not read two years of daily logs: the portal bench, issue 16).
 */
export async function loadPlanLogs(executor: Executor, patientId: string, planId: string, from?: string): Promise<LogRecord[]> {
  return executor
    .select({
      id: exerciseLogs.id,
      date: exerciseLogs.logDate,
      planExerciseId: exerciseLogs.planExerciseId,
      phaseId: exerciseLogs.phaseId,
      done: exerciseLogs.done,
      modified: exerciseLogs.modified,
      effort: exerciseLogs.effort,
      variantExerciseId: exerciseLogs.variantExerciseId,
      painDuring: exerciseLogs.painDuring,
      painAfter: exerciseLogs.painAfter,
      note: exerciseLogs.note,
      updatedAt: exerciseLogs.updatedAt,
    })
    .from(exerciseLogs)
    .innerJoin(planPhases, eq(planPhases.id, exerciseLogs.phaseId))
    .where(and(eq(exerciseLogs.patientId, patientId), eq(planPhases.planId, planId), from ? gte(exerciseLogs.logDate, from) : undefined))
    .orderBy(asc(exerciseLogs.logDate), asc(exerciseLogs.createdAt));
}
