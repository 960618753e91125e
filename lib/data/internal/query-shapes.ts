import "server-only";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Executor } from "@/db";
import { appointments, availabilityRules, exercises, intakes, planExercises, planPhases, services, therapists, users } from "@/db/schema";

/**
 * The query shapes several readers of lib/data share, each defined once: an intake's columns, an
 * appointment's columns (with its service and therapist joined), and the plan-exercise join. Internal to
 * lib/data: the caller has decided, from the session, what may be read, and audits it.
 */

/** A user account's standing: who, which role, activated and deactivated when. */
export const accountColumns = {
  id: users.id,
  email: users.email,
  role: users.role,
  activatedAt: users.activatedAt,
  deactivatedAt: users.deactivatedAt,
};

/** An intake as its summary: what the patient sees under Mijn gegevens. */
export const intakeSummaryColumns = {
  id: intakes.id,
  createdAt: intakes.createdAt,
  complaintLocation: intakes.complaintLocation,
  complaintSide: intakes.complaintSide,
  onset: intakes.onset,
  painNow: intakes.painNow,
  painWorst: intakes.painWorst,
};

/** An intake as staff and the data export read it: the summary, its appointment, the triage and every answer. */
export const intakeColumns = {
  ...intakeSummaryColumns,
  appointmentId: intakes.appointmentId,
  triageOutcome: intakes.triageOutcome,
  redFlags: intakes.redFlags,
  answers: intakes.answers,
};

/** An appointment with the names of its service and therapist (join both, e.g. with `appointmentJoins`). */
export const appointmentColumns = {
  id: appointments.id,
  startsAt: appointments.startsAt,
  endsAt: appointments.endsAt,
  status: appointments.status,
  serviceName: services.name,
  therapistName: therapists.displayName,
};

/** The join conditions of `appointmentColumns`: `.innerJoin(services, appointmentJoins.service)`. */
export const appointmentJoins = {
  service: eq(services.id, appointments.serviceId),
  therapist: eq(therapists.id, appointments.therapistId),
};

/** A weekly block of opening hours (availability_rules), as the booking and the opening-hours page read it. */
export const weeklyBlockColumns = {
  weekday: availabilityRules.weekday,
  startTime: availabilityRules.startTime,
  endTime: availabilityRules.endTime,
  validFrom: availabilityRules.validFrom,
  validTo: availabilityRules.validTo,
};

/** A phase of a plan: what the builder, the portal and the export all show of it. */
export const planPhaseColumns = {
  id: planPhases.id,
  position: planPhases.position,
  title: planPhases.title,
  goal: planPhases.goal,
  exitCriteria: planPhases.exitCriteria,
  status: planPhases.status,
  startedAt: planPhases.startedAt,
  completedAt: planPhases.completedAt,
};

/** A library exercise's default dosage: what a new prescription starts from. */
export const libraryDosageColumns = {
  sets: exercises.defaultSets,
  reps: exercises.defaultReps,
  holdSeconds: exercises.defaultHoldSeconds,
  durationMinutes: exercises.defaultDurationMinutes,
  timesPerWeek: exercises.defaultTimesPerWeek,
};

/** A prescribed exercise (plan_exercises) with the library exercise's name and text. */
export const planExerciseColumns = {
  id: planExercises.id,
  phaseId: planExercises.phaseId,
  position: planExercises.position,
  exerciseId: planExercises.exerciseId,
  slug: exercises.slug,
  name: exercises.name,
  summary: exercises.summary,
  instructions: exercises.instructions,
  cues: exercises.cues,
  retiredAt: exercises.retiredAt,
  /** The library's easier variant of the exercise (the checklist offers it for a bad day). */
  regressionId: exercises.regressionId,
  sets: planExercises.sets,
  reps: planExercises.reps,
  holdSeconds: planExercises.holdSeconds,
  durationMinutes: planExercises.durationMinutes,
  side: planExercises.side,
  load: planExercises.load,
  tempo: planExercises.tempo,
  restSeconds: planExercises.restSeconds,
  timesPerWeek: planExercises.timesPerWeek,
  notes: planExercises.notes,
  removedAt: planExercises.removedAt,
};

export type PlanExerciseRow = Awaited<ReturnType<typeof prescribedExercises>>[number];

/**
 * The exercises prescribed in these phases, in each phase's order. `which`: "all" (also those taken out
 * later, for the history and the export) or "current" (only those still in the phase).
 */
export async function prescribedExercises(executor: Executor, phaseIds: string[], which: "all" | "current") {
  if (phaseIds.length === 0) return [];
  return executor
    .select(planExerciseColumns)
    .from(planExercises)
    .innerJoin(exercises, eq(exercises.id, planExercises.exerciseId))
    .where(and(inArray(planExercises.phaseId, phaseIds), which === "current" ? isNull(planExercises.removedAt) : undefined))
    .orderBy(asc(planExercises.position), asc(planExercises.createdAt));
}
