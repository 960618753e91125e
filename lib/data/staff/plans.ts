import "server-only";
import { and, asc, desc, eq, isNull } from "drizzle-orm";
import { db, type Transaction } from "@/db";
import { isUniqueViolation } from "@/lib/data/db-errors";
import { effortCountsFor, effortSummary } from "../exercise-feedback";
import { exercises, planExercises, planPhases, plans, therapists, users, type ExitCriterionCheck } from "@/db/schema";
import { hamstringPlanTitle, hamstringTemplate } from "@/db/seed-data/hamstring-template";
import { requireStaff, type SessionLike } from "@/lib/auth/actor";
import { checkCriteria, type CriterionCheck, type LatestOutcomes, type SymmetryMeasurement } from "@/lib/plans/criteria";
import { todayIn } from "@/lib/time/zone";
import { audit } from "../audit";
import { planVersionHistory, publishDraft, type PlanVersionEntry } from "../internal/plan-versions";
import { latestOutcomes } from "../outcomes";
import { latestHamstringSymmetry } from "./assessment-history";
import { findPatient } from "./patient-ref";
import { withActivePlan, type PlanChangeResult } from "./plan-lock";
import { staffName } from "./staff-names";
import type { PhaseRecord, PrescribedDosage } from "../internal/plan-records";
import { libraryDosageColumns, planPhaseColumns, prescribedExercises } from "../internal/query-shapes";

/**
 * The plan builder, for staff: start a plan (from the practice's four-phase hamstring template or empty),
 * read it, stop it. Every read and write of a patient's plan appends an audit event in the same transaction.
 * The edits of phases and exercises live in plan-builder.ts, the advance to the next phase in
 * plan-advance.ts; both lock the plan first (plan-lock.ts).
 */
export type StaffPlanExercise = {
  id: string;
  exerciseId: string;
  name: string;
  retired: boolean;
  /** How the patient rated it in the last two weeks (te licht / goed / te zwaar), in words; null without ratings. */
  feedback: string | null;
} & PrescribedDosage;

export type StaffPlanPhase = Pick<PhaseRecord, "id" | "position" | "title" | "goal" | "exitCriteria" | "status"> & {
  startedAt: Date | null;
  completedAt: Date | null;
  advancedByName: string | null;
  checklist: ExitCriterionCheck[] | null;
  /** The pain rule's limits in this phase (0–10): during exercise, and the next morning. */
  painMaxDuring: number;
  painMaxMorning: number;
  exercises: StaffPlanExercise[];
};

export type StaffPlan = {
  id: string;
  title: string;
  status: "active" | "completed" | "stopped";
  startedOn: string;
  /** Null: a draft the patient does not see yet. */
  publishedAt: Date | null;
  /** Published versions, newest first, with what changed in each (empty for a draft). */
  versions: PlanVersionEntry[];
  phases: StaffPlanPhase[];
  currentPhaseId: string | null;
};

export type PlanWorkspace = {
  patient: { id: string; name: string };
  plan: StaffPlan | null;
  /** Earlier plans (completed or stopped), newest first. */
  pastPlans: { id: string; title: string; status: "completed" | "stopped"; startedOn: string }[];
  latestSymmetry: SymmetryMeasurement | null;
  /** The latest PSK average and NPRS (for "PSK gemiddeld ≤ 3" criteria). */
  latestOutcomes: LatestOutcomes;
  /** The current phase's exit criteria checked against the latest symmetry (numeric ones only get a verdict). */
  currentCriteria: CriterionCheck[];
};

async function loadStaffPlan(executor: Transaction, planId: string): Promise<StaffPlan | null> {
  const [plan] = await executor
    .select({ id: plans.id, title: plans.title, status: plans.status, startedOn: plans.startedOn, publishedAt: plans.publishedAt })
    .from(plans)
    .where(eq(plans.id, planId))
    .limit(1);
  if (!plan) return null;
  const phaseRows = await executor
    .select({
      ...planPhaseColumns,
      painMaxDuring: planPhases.painMaxDuring,
      painMaxMorning: planPhases.painMaxMorning,
      advancedByName: staffName,
      checklist: planPhases.advanceChecklist,
    })
    .from(planPhases)
    .leftJoin(users, eq(users.id, planPhases.advancedBy))
    .leftJoin(therapists, eq(therapists.userId, users.id))
    .where(eq(planPhases.planId, plan.id))
    .orderBy(asc(planPhases.position));
  const exerciseRows = await prescribedExercises(executor, phaseRows.map((p) => p.id), "current");
  const efforts = await effortCountsFor(executor, exerciseRows.map((e) => e.id));
  const phases = phaseRows.map((phase) => ({
    ...phase,
    // An advanced phase always has an advancer; the left join only yields null for phases not yet advanced.
    advancedByName: phase.status === "done" ? phase.advancedByName : null,
    exercises: exerciseRows
      .filter((e) => e.phaseId === phase.id)
      .map(({ id, exerciseId, name, retiredAt, sets, reps, holdSeconds, durationMinutes, side, load, tempo, restSeconds, timesPerWeek, notes }) => ({
        ...{ id, exerciseId, name, retired: retiredAt !== null, sets, reps, holdSeconds, durationMinutes, side, load, tempo, restSeconds, timesPerWeek, notes },
        feedback: effortSummary(efforts.get(id)),
      })),
  }));
  const versions = await planVersionHistory(executor, plan.id);
  return { ...plan, versions, phases, currentPhaseId: phases.find((p) => p.status === "current")?.id ?? null };
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
    const outcomes = await latestOutcomes(tx, patient.id);
    await audit(tx, actor, { action: "plan.viewed", patientId: patient.id, recordType: "plan", recordId: plan?.id ?? null });
    return {
      patient,
      plan,
      pastPlans: rows.filter((row) => row.status !== "active").map((row) => ({ ...row, status: row.status as "completed" | "stopped" })),
      latestSymmetry,
      latestOutcomes: outcomes,
      currentCriteria: current ? checkCriteria(current.exitCriteria, latestSymmetry, outcomes) : [],
    };
  });
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
            ...libraryDosageColumns,
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
                reps: reps ?? (holdSeconds === null && base.durationMinutes === null ? base.reps : null),
                holdSeconds,
                durationMinutes: base.durationMinutes,
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

/**
 * Publishes the patient's draft plan (issue 17, point 4): from now the patient sees it, it counts from
 * today, and its content is stored as version 1. A plan that is already published is refused as stale.
 */
export async function publishPlan(session: SessionLike, patientId: string, planId: string, now = new Date()): Promise<PlanChangeResult> {
  return withActivePlan<object>(session, patientId, async (tx, { actor, planId: activeId, published }) => {
    if (activeId !== planId || published) return { ok: false, reason: "stale" };
    await tx.update(plans).set({ startedOn: todayIn(now) }).where(eq(plans.id, planId));
    await tx.update(planPhases).set({ startedAt: now }).where(and(eq(planPhases.planId, planId), eq(planPhases.status, "current")));
    await publishDraft(tx, planId, actor.userId, now);
    await audit(tx, actor, { action: "plan.published", patientId, recordType: "plan", recordId: planId, details: { version: 1 } });
    return { ok: true };
  });
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
