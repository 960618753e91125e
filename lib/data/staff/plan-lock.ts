import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { db, type Transaction } from "@/db";
import { exercises, planExercises, planPhases, plans } from "@/db/schema";
import { requireStaff, type SessionLike, type StaffActor } from "@/lib/auth/actor";
import { recordVersionIfChanged } from "../internal/plan-versions";
import { isUuid } from "../patient-scope";

/**
 * What the plan builder and the advance share: the result of a change, and the transaction that locks the
 * patient's active plan (FOR UPDATE) before a change looks at it, so concurrent edits of one plan are
 * serialised and each re-checks the state it acts on.
 */
export type PlanChangeResult<T = object> =
  | ({ ok: true } & T)
  | { ok: false; reason: "not_found" | "already_active" | "phase_done" | "stale" | "exercise_unavailable" };

export type Locked = { actor: StaffActor; patientId: string; planId: string; published: boolean };

/**
 * Runs `change` in a transaction with the patient's active plan locked (FOR UPDATE). Returns not_found when
 * the patient is unknown or has no active plan. After a successful change to a published plan, what the
 * patient would notice becomes the plan's next version in the same transaction (plan-versions.ts).
 */
export async function withActivePlan<T>(session: SessionLike, patientId: string, change: (tx: Transaction, locked: Locked) => Promise<PlanChangeResult<T>>): Promise<PlanChangeResult<T>> {
  const actor = await requireStaff(session);
  if (!isUuid(patientId)) return { ok: false, reason: "not_found" };
  return db.transaction(async (tx) => {
    const [plan] = await tx
      .select({ id: plans.id, publishedAt: plans.publishedAt })
      .from(plans)
      .where(and(eq(plans.patientId, patientId), eq(plans.status, "active")))
      .for("update")
      .limit(1);
    if (!plan) return { ok: false, reason: "not_found" };
    const result = await change(tx, { actor, patientId, planId: plan.id, published: plan.publishedAt !== null });
    // The version row names who and when; the change's own audit event covers it (one event per action).
    if (result.ok && plan.publishedAt) await recordVersionIfChanged(tx, plan.id, actor.userId);
    return result;
  });
}

export async function phaseOfPlan(tx: Transaction, planId: string, phaseId: string) {
  if (!isUuid(phaseId)) return null;
  const [phase] = await tx
    .select({ id: planPhases.id, position: planPhases.position, title: planPhases.title, status: planPhases.status, exitCriteria: planPhases.exitCriteria })
    .from(planPhases)
    .where(and(eq(planPhases.id, phaseId), eq(planPhases.planId, planId)))
    .limit(1);
  return phase ?? null;
}

export async function exerciseOfPlan(tx: Transaction, planId: string, planExerciseId: string) {
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
