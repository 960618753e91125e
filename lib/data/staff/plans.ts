import "server-only";
import { and, asc, desc, eq, inArray, isNull, max } from "drizzle-orm";
import { db, type Transaction } from "@/db";
import { isUniqueViolation } from "@/db/errors";
import { exercises, patients, planExercises, planPhases, plans, therapists, users, type ExitCriterionCheck, type PhaseStatus } from "@/db/schema";
import { hamstringPlanTitle, hamstringTemplate } from "@/db/seed-data/hamstring-template";
import { requireStaff, type SessionLike, type StaffActor } from "@/lib/auth/actor";
import { checkCriteria, type CriterionCheck, type SymmetryMeasurement } from "@/lib/plans/criteria";
import { todayIn } from "@/lib/time/zone";
import type { AdvanceInput, DosageInput, PhaseInput } from "@/lib/validation/plan";
import { audit } from "../audit";
import { isUuid } from "../patient-scope";
import { latestHamstringSymmetry } from "./assessments";
import { staffName } from "./staff-names";

/**
 * The plan builder, for staff: start a plan (from the practice's four-phase hamstring template or empty),
 * edit phases and their exercises, advance the patient, stop a plan. Every read and write of a patient's
 * plan appends an audit event in the same transaction. Writes lock the plan row first, so concurrent edits
 * of one plan (a double-submitted advance, two therapists reordering) are serialised and each re-checks
 * the state it acts on. Phases that are done are history: they are shown, not edited.
 */

export type StaffPlanExercise = {
  id: string;
  exerciseId: string;
  name: string;
  retired: boolean;
  sets: number;
  reps: number | null;
  holdSeconds: number | null;
  timesPerWeek: number;
  notes: string;
};

export type StaffPlanPhase = {
  id: string;
  position: number;
  title: string;
  goal: string;
  exitCriteria: string[];
  status: PhaseStatus;
  startedAt: Date | null;
  completedAt: Date | null;
  advancedByName: string | null;
  checklist: ExitCriterionCheck[] | null;
  exercises: StaffPlanExercise[];
};

export type StaffPlan = {
  id: string;
  title: string;
  status: "active" | "completed" | "stopped";
  startedOn: string;
  phases: StaffPlanPhase[];
  currentPhaseId: string | null;
};

export type PlanWorkspace = {
  patient: { id: string; name: string };
  plan: StaffPlan | null;
  /** Earlier plans (completed or stopped), newest first. */
  pastPlans: { id: string; title: string; status: "completed" | "stopped"; startedOn: string }[];
  latestSymmetry: SymmetryMeasurement | null;
  /** The current phase's exit criteria checked against the latest symmetry (numeric ones only get a verdict). */
  currentCriteria: CriterionCheck[];
};

async function loadStaffPlan(executor: Transaction, planId: string): Promise<StaffPlan | null> {
  const [plan] = await executor
    .select({ id: plans.id, title: plans.title, status: plans.status, startedOn: plans.startedOn })
    .from(plans)
    .where(eq(plans.id, planId))
    .limit(1);
  if (!plan) return null;
  const phaseRows = await executor
    .select({
      id: planPhases.id,
      position: planPhases.position,
      title: planPhases.title,
      goal: planPhases.goal,
      exitCriteria: planPhases.exitCriteria,
      status: planPhases.status,
      startedAt: planPhases.startedAt,
      completedAt: planPhases.completedAt,
      advancedByName: staffName,
      checklist: planPhases.advanceChecklist,
    })
    .from(planPhases)
    .leftJoin(users, eq(users.id, planPhases.advancedBy))
    .leftJoin(therapists, eq(therapists.userId, users.id))
    .where(eq(planPhases.planId, plan.id))
    .orderBy(asc(planPhases.position));
  const exerciseRows = phaseRows.length
    ? await executor
        .select({
          id: planExercises.id,
          phaseId: planExercises.phaseId,
          exerciseId: planExercises.exerciseId,
          name: exercises.name,
          retiredAt: exercises.retiredAt,
          sets: planExercises.sets,
          reps: planExercises.reps,
          holdSeconds: planExercises.holdSeconds,
          timesPerWeek: planExercises.timesPerWeek,
          notes: planExercises.notes,
        })
        .from(planExercises)
        .innerJoin(exercises, eq(exercises.id, planExercises.exerciseId))
        .where(and(inArray(planExercises.phaseId, phaseRows.map((p) => p.id)), isNull(planExercises.removedAt)))
        .orderBy(asc(planExercises.position), asc(planExercises.createdAt))
    : [];
  const phases = phaseRows.map((phase) => ({
    ...phase,
    // An advanced phase always has an advancer; the left join only yields null for phases not yet advanced.
    advancedByName: phase.status === "done" ? phase.advancedByName : null,
    exercises: exerciseRows
      .filter((e) => e.phaseId === phase.id)
      .map(({ phaseId: _phaseId, retiredAt, ...e }) => ({ ...e, retired: retiredAt !== null })),
  }));
  return { ...plan, phases, currentPhaseId: phases.find((p) => p.status === "current")?.id ?? null };
}

async function findPatient(tx: Transaction, patientId: string) {
  if (!isUuid(patientId)) return null;
  const [row] = await tx.select({ id: patients.id, name: patients.fullName }).from(patients).where(eq(patients.id, patientId)).limit(1);
  return row ?? null;
}

/** The patient's plan as the builder shows it, with earlier plans and the latest symmetry measurement. */
export async function getPlanWorkspace(session: SessionLike, patientId: string): Promise<PlanWorkspace | null> {
  const actor = await requireStaff(session);
  return db.transaction(async (tx) => {
    const patient = await findPatient(tx, patientId);
    if (!patient) return null;
    const rows = await tx
      .select({ id: plans.id, title: plans.title, status: plans.status, startedOn: plans.startedOn })
      .from(plans)
      .where(eq(plans.patientId, patient.id))
      .orderBy(desc(plans.startedOn), desc(plans.createdAt));
    const active = rows.find((row) => row.status === "active");
    const plan = active ? await loadStaffPlan(tx, active.id) : null;
    const symmetry = await latestHamstringSymmetry(tx, patient.id);
    const latestSymmetry = symmetry ? { percent: symmetry.percent, assessedOn: symmetry.assessedOn } : null;
    const current = plan?.phases.find((p) => p.status === "current");
    await audit(tx, actor, { action: "plan.viewed", patientId: patient.id, recordType: "plan", recordId: plan?.id ?? null });
    return {
      patient,
      plan,
      pastPlans: rows.filter((row) => row.status !== "active").map((row) => ({ ...row, status: row.status as "completed" | "stopped" })),
      latestSymmetry,
      currentCriteria: current ? checkCriteria(current.exitCriteria, latestSymmetry) : [],
    };
  });
}

export type PlanChangeResult<T = object> =
  | ({ ok: true } & T)
  | { ok: false; reason: "not_found" | "already_active" | "phase_done" | "stale" | "exercise_unavailable" };

type Locked = { actor: StaffActor; patientId: string; planId: string };

/**
 * Runs `change` in a transaction with the patient's active plan locked (FOR UPDATE). Returns not_found when
 * the patient is unknown or has no active plan.
 */
async function withActivePlan<T>(session: SessionLike, patientId: string, change: (tx: Transaction, locked: Locked) => Promise<PlanChangeResult<T>>): Promise<PlanChangeResult<T>> {
  const actor = await requireStaff(session);
  if (!isUuid(patientId)) return { ok: false, reason: "not_found" };
  return db.transaction(async (tx) => {
    const [plan] = await tx
      .select({ id: plans.id })
      .from(plans)
      .where(and(eq(plans.patientId, patientId), eq(plans.status, "active")))
      .for("update")
      .limit(1);
    if (!plan) return { ok: false, reason: "not_found" };
    return change(tx, { actor, patientId, planId: plan.id });
  });
}

async function phaseOfPlan(tx: Transaction, planId: string, phaseId: string) {
  if (!isUuid(phaseId)) return null;
  const [phase] = await tx
    .select({ id: planPhases.id, position: planPhases.position, title: planPhases.title, status: planPhases.status, exitCriteria: planPhases.exitCriteria })
    .from(planPhases)
    .where(and(eq(planPhases.id, phaseId), eq(planPhases.planId, planId)))
    .limit(1);
  return phase ?? null;
}

async function exerciseOfPlan(tx: Transaction, planId: string, planExerciseId: string) {
  if (!isUuid(planExerciseId)) return null;
  const [row] = await tx
    .select({ id: planExercises.id, phaseId: planExercises.phaseId, phaseStatus: planPhases.status, name: exercises.name })
    .from(planExercises)
    .innerJoin(planPhases, eq(planPhases.id, planExercises.phaseId))
    .innerJoin(exercises, eq(exercises.id, planExercises.exerciseId))
    .where(and(eq(planExercises.id, planExerciseId), eq(planPhases.planId, planId), isNull(planExercises.removedAt)))
    .limit(1);
  return row ?? null;
}

/**
 * Starts a plan: from the practice's hamstring template (four phases, the first current, each with the
 * template's exercises at the library's dosage unless the template says otherwise; retired exercises are
 * left out) or empty (one phase to fill in). Refuses while the patient has an active plan.
 */
export async function startPlan(session: SessionLike, patientId: string, source: "template" | "empty", now = new Date()): Promise<PlanChangeResult<{ planId: string }>> {
  const actor = await requireStaff(session);
  try {
    return await db.transaction(async (tx) => {
      const patient = await findPatient(tx, patientId);
      if (!patient) return { ok: false, reason: "not_found" } as const;
      const [active] = await tx.select({ id: plans.id }).from(plans).where(and(eq(plans.patientId, patient.id), eq(plans.status, "active"))).limit(1);
      if (active) return { ok: false, reason: "already_active" } as const;
      const [plan] = await tx
        .insert(plans)
        .values({ patientId: patient.id, createdBy: actor.userId, title: source === "template" ? hamstringPlanTitle : "Oefenplan", startedOn: todayIn(now) })
        .returning({ id: plans.id });
      const planId = plan!.id;
      if (source === "empty") {
        await tx.insert(planPhases).values({ planId, position: 1, title: "Fase 1", status: "current", startedAt: now });
      } else {
        const library = await tx
          .select({
            id: exercises.id,
            slug: exercises.slug,
            sets: exercises.defaultSets,
            reps: exercises.defaultReps,
            holdSeconds: exercises.defaultHoldSeconds,
            timesPerWeek: exercises.defaultTimesPerWeek,
          })
          .from(exercises)
          .where(isNull(exercises.retiredAt));
        const bySlug = new Map(library.map((e) => [e.slug, e]));
        for (const [index, phase] of hamstringTemplate.entries()) {
          const [row] = await tx
            .insert(planPhases)
            .values({
              planId,
              position: index + 1,
              phaseKey: phase.key,
              title: phase.title,
              goal: phase.goal,
              exitCriteria: phase.exitCriteria,
              painMaxDuring: phase.painMaxDuring ?? 5,
              status: index === 0 ? "current" : "upcoming",
              startedAt: index === 0 ? now : null,
            })
            .returning({ id: planPhases.id });
          const items = phase.exercises.flatMap((item) => {
            const base = bySlug.get(item.slug);
            return base ? [{ item, base }] : [];
          });
          if (items.length === 0) continue;
          await tx.insert(planExercises).values(
            items.map(({ item, base }, i) => {
              const reps = item.reps !== undefined ? item.reps : base.reps;
              const holdSeconds = item.holdSeconds !== undefined ? item.holdSeconds : base.holdSeconds;
              return {
                phaseId: row!.id,
                exerciseId: base.id,
                position: i + 1,
                sets: item.sets ?? base.sets,
                // Template and library together always give one of the two; keep the library's if not.
                reps: reps ?? (holdSeconds === null ? base.reps : null),
                holdSeconds,
                timesPerWeek: item.timesPerWeek ?? base.timesPerWeek,
                notes: item.notes ?? "",
              };
            }),
          );
        }
      }
      await audit(tx, actor, { action: "plan.created", patientId: patient.id, recordType: "plan", recordId: planId, details: { source } });
      return { ok: true, planId } as const;
    });
  } catch (error) {
    // Two starts at once: the database lets one patient have one active plan.
    if (isUniqueViolation(error, "plans_one_active_per_patient")) return { ok: false, reason: "already_active" };
    throw error;
  }
}

/** Stops the active plan (it stays readable as an earlier plan), so a new one can be started. */
export async function stopPlan(session: SessionLike, patientId: string, planId: string, now = new Date()): Promise<PlanChangeResult> {
  return withActivePlan<object>(session, patientId, async (tx, { actor, planId: activeId }) => {
    if (activeId !== planId) return { ok: false, reason: "stale" };
    await tx.update(plans).set({ status: "stopped", endedAt: now }).where(eq(plans.id, planId));
    await audit(tx, actor, { action: "plan.stopped", patientId, recordType: "plan", recordId: planId });
    return { ok: true };
  });
}

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
        sets: exercises.defaultSets,
        reps: exercises.defaultReps,
        holdSeconds: exercises.defaultHoldSeconds,
        timesPerWeek: exercises.defaultTimesPerWeek,
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
      .set({ sets: dosage.sets, reps: dosage.reps, holdSeconds: dosage.holdSeconds, timesPerWeek: dosage.timesPerWeek, notes: dosage.notes })
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

export type AdvanceResult = PlanChangeResult<{ completedPlan: boolean; nextPhaseTitle: string | null }>;

/**
 * Advances the patient out of the current phase: records the checklist (who, when, each criterion met or
 * not with the therapist's note) on it, marks it done and starts the next phase; after the last phase the
 * plan is completed. `input.phaseId` must still be the current phase when the plan is locked, so a double
 * submit (or two therapists at once) advances once; the second gets `stale`. An advance with unmet criteria
 * needs the explicit override and its reason, which is written into the notes of the unmet criteria.
 */
export async function advancePhase(session: SessionLike, patientId: string, input: AdvanceInput, now = new Date()): Promise<AdvanceResult> {
  return withActivePlan<{ completedPlan: boolean; nextPhaseTitle: string | null }>(session, patientId, async (tx, { actor, planId }) => {
    const phase = await phaseOfPlan(tx, planId, input.phaseId);
    if (!phase) return { ok: false, reason: "not_found" };
    if (phase.status !== "current" || phase.exitCriteria.length !== input.checks.length) return { ok: false, reason: "stale" };
    const allMet = input.checks.every((check) => check.met);
    if (!allMet && (!input.override || input.overrideReason.trim().length === 0)) return { ok: false, reason: "stale" };

    const checklist: ExitCriterionCheck[] = phase.exitCriteria.map((criterion, index) => {
      const check = input.checks[index]!;
      const note = !check.met && input.override && !check.note ? `Toch doorgezet: ${input.overrideReason}` : check.note;
      return note ? { criterion, met: check.met, note } : { criterion, met: check.met };
    });
    await tx.update(planPhases).set({ status: "done", completedAt: now, advancedBy: actor.userId, advanceChecklist: checklist }).where(eq(planPhases.id, phase.id));

    const [next] = await tx
      .select({ id: planPhases.id, title: planPhases.title, position: planPhases.position })
      .from(planPhases)
      .where(and(eq(planPhases.planId, planId), eq(planPhases.status, "upcoming")))
      .orderBy(asc(planPhases.position))
      .limit(1);
    if (next) await tx.update(planPhases).set({ status: "current", startedAt: now }).where(eq(planPhases.id, next.id));
    else await tx.update(plans).set({ status: "completed", endedAt: now }).where(eq(plans.id, planId));

    await audit(tx, actor, {
      action: "plan.phase_advanced",
      patientId,
      recordType: "plan_phase",
      recordId: phase.id,
      details: { planId, from: phase.position, to: next?.position ?? null, allMet, override: !allMet, overrideReason: allMet ? null : input.overrideReason, completedPlan: !next },
    });
    return { ok: true, completedPlan: !next, nextPhaseTitle: next?.title ?? null };
  });
}
