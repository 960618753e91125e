import "server-only";
import { and, asc, eq, isNull, max } from "drizzle-orm";
import { exercises, planExercises, planPhases } from "@/db/schema";
import type { SessionLike } from "@/lib/auth/actor";
import type { DosageInput, PainLimitsInput, PhaseInput } from "@/lib/validation/plan";
import { audit } from "../audit";
import { isUuid } from "../patient-scope";
import { libraryDosageColumns } from "../internal/query-shapes";
import { exerciseOfPlan, phaseOfPlan, withActivePlan, type PlanChangeResult } from "./plan-lock";

/**
 * The plan builder's edits of the active plan: phases (title, goal, exit criteria; a new phase at the end)
 * and their exercises (add, remove, reorder, dosage). Each runs with the plan locked and appends its audit
 * event in the same transaction. Phases that are done are history: they are shown, not edited.
 */

/** Edits a phase's title, goal and exit criteria (not for a phase that is done). */
export async function updatePhase(session: SessionLike, patientId: string, phaseId: string, input: PhaseInput): Promise<PlanChangeResult> {
  return withActivePlan<object>(session, patientId, async (tx, { actor, planId }) => {
    const phase = await phaseOfPlan(tx, planId, phaseId);
    if (!phase) return { ok: false, reason: "not_found" };
    if (phase.status === "done") return { ok: false, reason: "phase_done" };
    await tx.update(planPhases).set({ title: input.title, goal: input.goal, exitCriteria: input.exitCriteria }).where(eq(planPhases.id, phase.id));
    await audit(tx, actor, { action: "plan.phase_updated", patientId, recordType: "plan_phase", recordId: phase.id, details: { planId } });
    return { ok: true };
  });
}

/** Sets the pain rule's limits of a phase that is not done; the patient's advice for that phase follows at once. */
export async function updatePhasePainLimits(session: SessionLike, patientId: string, phaseId: string, input: PainLimitsInput): Promise<PlanChangeResult> {
  return withActivePlan<object>(session, patientId, async (tx, { actor, planId }) => {
    const phase = await phaseOfPlan(tx, planId, phaseId);
    if (!phase) return { ok: false, reason: "not_found" };
    if (phase.status === "done") return { ok: false, reason: "phase_done" };
    await tx.update(planPhases).set({ painMaxDuring: input.painMaxDuring, painMaxMorning: input.painMaxMorning }).where(eq(planPhases.id, phase.id));
    await audit(tx, actor, { action: "plan.pain_limits_updated", patientId, recordType: "plan_phase", recordId: phase.id, details: { planId, ...input } });
    return { ok: true };
  });
}

/** Adds an active library exercise to a phase, at the end, with the given dosage or the library's defaults. */
export async function addExerciseToPhase(
  session: SessionLike,
  patientId: string,
  phaseId: string,
  exerciseId: string,
  dosage: DosageInput | null,
): Promise<PlanChangeResult<{ name: string }>> {
  return withActivePlan<{ name: string }>(session, patientId, async (tx, { actor, planId }) => {
    const phase = await phaseOfPlan(tx, planId, phaseId);
    if (!phase) return { ok: false, reason: "not_found" };
    if (phase.status === "done") return { ok: false, reason: "phase_done" };
    if (!isUuid(exerciseId)) return { ok: false, reason: "exercise_unavailable" };
    const [exercise] = await tx
      .select({
        id: exercises.id,
        name: exercises.name,
        ...libraryDosageColumns,
      })
      .from(exercises)
      .where(and(eq(exercises.id, exerciseId), isNull(exercises.retiredAt)))
      .limit(1);
    if (!exercise) return { ok: false, reason: "exercise_unavailable" };
    const [last] = await tx.select({ position: max(planExercises.position) }).from(planExercises).where(eq(planExercises.phaseId, phase.id));
    const [row] = await tx
      .insert(planExercises)
      .values({
        phaseId: phase.id,
        exerciseId: exercise.id,
        position: (last?.position ?? 0) + 1,
        sets: dosage?.sets ?? exercise.sets,
        reps: dosage ? dosage.reps : exercise.reps,
        holdSeconds: dosage ? dosage.holdSeconds : exercise.holdSeconds,
        durationMinutes: dosage ? dosage.durationMinutes : exercise.durationMinutes,
        side: dosage?.side ?? null,
        load: dosage?.load ?? "",
        tempo: dosage?.tempo ?? "",
        restSeconds: dosage?.restSeconds ?? null,
        timesPerWeek: dosage?.timesPerWeek ?? exercise.timesPerWeek,
        notes: dosage?.notes ?? "",
      })
      .returning({ id: planExercises.id });
    await audit(tx, actor, { action: "plan.exercise_added", patientId, recordType: "plan_exercise", recordId: row!.id, details: { planId, phaseId: phase.id, exerciseId: exercise.id } });
    return { ok: true, name: exercise.name };
  });
}

/** Takes an exercise out of a phase: the row stays (with `removed_at`), so the patient's logs keep their meaning. */
export async function removePlanExercise(session: SessionLike, patientId: string, planExerciseId: string, now = new Date()): Promise<PlanChangeResult<{ name: string }>> {
  return withActivePlan<{ name: string }>(session, patientId, async (tx, { actor, planId }) => {
    const item = await exerciseOfPlan(tx, planId, planExerciseId);
    if (!item) return { ok: false, reason: "not_found" };
    if (item.phaseStatus === "done") return { ok: false, reason: "phase_done" };
    await tx.update(planExercises).set({ removedAt: now }).where(eq(planExercises.id, item.id));
    await audit(tx, actor, { action: "plan.exercise_removed", patientId, recordType: "plan_exercise", recordId: item.id, details: { planId, phaseId: item.phaseId } });
    return { ok: true, name: item.name };
  });
}

/** Moves an exercise one place up or down within its phase (the phase's order is renumbered 1…n). */
export async function movePlanExercise(session: SessionLike, patientId: string, planExerciseId: string, direction: "up" | "down"): Promise<PlanChangeResult> {
  return withActivePlan<object>(session, patientId, async (tx, { actor, planId }) => {
    const item = await exerciseOfPlan(tx, planId, planExerciseId);
    if (!item) return { ok: false, reason: "not_found" };
    if (item.phaseStatus === "done") return { ok: false, reason: "phase_done" };
    const order = await tx
      .select({ id: planExercises.id, position: planExercises.position })
      .from(planExercises)
      .where(and(eq(planExercises.phaseId, item.phaseId), isNull(planExercises.removedAt)))
      .orderBy(asc(planExercises.position), asc(planExercises.createdAt));
    const index = order.findIndex((row) => row.id === item.id);
    const target = direction === "up" ? index - 1 : index + 1;
    if (target < 0 || target >= order.length) return { ok: true };
    const ids = order.map((row) => row.id);
    [ids[index], ids[target]] = [ids[target]!, ids[index]!];
    for (const [i, id] of ids.entries()) {
      if (order[i]?.id !== id || order[i]?.position !== i + 1) await tx.update(planExercises).set({ position: i + 1 }).where(eq(planExercises.id, id));
    }
    await audit(tx, actor, { action: "plan.exercise_moved", patientId, recordType: "plan_exercise", recordId: item.id, details: { planId, direction } });
    return { ok: true };
  });
}

/** Changes the dosage of an exercise in a phase. */
export async function updatePlanExerciseDosage(session: SessionLike, patientId: string, planExerciseId: string, dosage: DosageInput): Promise<PlanChangeResult<{ name: string }>> {
  return withActivePlan<{ name: string }>(session, patientId, async (tx, { actor, planId }) => {
    const item = await exerciseOfPlan(tx, planId, planExerciseId);
    if (!item) return { ok: false, reason: "not_found" };
    if (item.phaseStatus === "done") return { ok: false, reason: "phase_done" };
    await tx
      .update(planExercises)
      .set({
        sets: dosage.sets,
        reps: dosage.reps,
        holdSeconds: dosage.holdSeconds,
        durationMinutes: dosage.durationMinutes,
        side: dosage.side,
        load: dosage.load,
        tempo: dosage.tempo,
        restSeconds: dosage.restSeconds,
        timesPerWeek: dosage.timesPerWeek,
        notes: dosage.notes,
      })
      .where(eq(planExercises.id, item.id));
    await audit(tx, actor, { action: "plan.dosage_updated", patientId, recordType: "plan_exercise", recordId: item.id, details: { planId, ...dosage } });
    return { ok: true, name: item.name };
  });
}

/** Adds an upcoming phase at the end of the plan (for plans started empty). */
export async function addPhase(session: SessionLike, patientId: string): Promise<PlanChangeResult<{ phaseId: string }>> {
  return withActivePlan<{ phaseId: string }>(session, patientId, async (tx, { actor, planId }) => {
    const [last] = await tx.select({ position: max(planPhases.position) }).from(planPhases).where(eq(planPhases.planId, planId));
    const position = (last?.position ?? 0) + 1;
    const [row] = await tx.insert(planPhases).values({ planId, position, title: `Fase ${position}`, status: "upcoming" }).returning({ id: planPhases.id });
    await audit(tx, actor, { action: "plan.phase_added", patientId, recordType: "plan_phase", recordId: row!.id, details: { planId, position } });
    return { ok: true, phaseId: row!.id };
  });
}
