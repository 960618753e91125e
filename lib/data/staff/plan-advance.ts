import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { planPhases, plans, type ExitCriterionCheck } from "@/db/schema";
import type { SessionLike } from "@/lib/auth/actor";
import type { AdvanceInput } from "@/lib/validation/plan";
import { audit } from "../audit";
import { phaseOfPlan, withActivePlan, type PlanChangeResult } from "./plan-lock";

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
