import "server-only";
import { and, asc, desc, eq, isNotNull } from "drizzle-orm";
import { db, type Executor } from "@/db";
import { outcomeMeasures, patients, planPhases, plans, type PskItem } from "@/db/schema";
import { requireActor, type SessionLike } from "@/lib/auth/actor";
import { dueMoment, type OutcomeMoment } from "@/lib/outcomes/measures";
import type { LatestOutcomes } from "@/lib/plans/criteria";
import { todayIn } from "@/lib/time/zone";
import { audit } from "./audit";
import { isUuid, patientScope } from "./patient-scope";

/**
 * PSK and NPRS (issue 17, point 3): read and record for one patient, by the patient (own record) or staff
 * (any patient, audited). Which measurement is due follows the plan: at the start, after a phase change and
 * at the end. The latest values feed the phase criteria ("PSK gemiddeld ≤ 3").
 */
export type OutcomePoint = { at: Date; value: number; items: PskItem[]; moment: OutcomeMoment; byPatient: boolean };
export type OutcomesView = { patientId: string; psk: OutcomePoint[]; nprs: OutcomePoint[]; due: OutcomeMoment | null; latest: LatestOutcomes };

async function planState(executor: Executor, patientId: string) {
  const [plan] = await executor.select({ id: plans.id, status: plans.status, endedAt: plans.endedAt }).from(plans).where(and(eq(plans.patientId, patientId), isNotNull(plans.publishedAt))).orderBy(desc(plans.startedOn)).limit(1);
  if (!plan) return { phaseId: null, phaseStartedAt: null, endedAt: null };
  const [phase] = await executor.select({ id: planPhases.id, startedAt: planPhases.startedAt }).from(planPhases).where(and(eq(planPhases.planId, plan.id), eq(planPhases.status, "current"))).limit(1);
  return { phaseId: phase?.id ?? null, phaseStartedAt: phase?.startedAt ?? null, endedAt: plan.status === "active" ? null : plan.endedAt };
}

async function points(executor: Executor, patientId: string) {
  const rows = await executor
    .select({ kind: outcomeMeasures.kind, at: outcomeMeasures.createdAt, value: outcomeMeasures.value, items: outcomeMeasures.items, moment: outcomeMeasures.moment, role: outcomeMeasures.recordedByRole })
    .from(outcomeMeasures)
    .where(eq(outcomeMeasures.patientId, patientId))
    .orderBy(asc(outcomeMeasures.createdAt));
  const map = (kind: "psk" | "nprs") =>
    rows.filter((r) => r.kind === kind).map((r) => ({ at: r.at, value: kind === "psk" ? r.value / 10 : r.value, items: r.items, moment: r.moment, byPatient: r.role === "patient" }));
  return { psk: map("psk"), nprs: map("nprs") };
}

/** The latest PSK average and NPRS of a patient (for the phase criteria). No access check: callers have one. */
export async function latestOutcomes(executor: Executor, patientId: string): Promise<LatestOutcomes> {
  const { psk, nprs } = await points(executor, patientId);
  const last = (list: OutcomePoint[]) => (list.length ? { value: list.at(-1)!.value, measuredOn: todayIn(list.at(-1)!.at) } : null);
  return { psk: last(psk), nprs: last(nprs) };
}

export async function getOutcomes(session: SessionLike, patientId?: string): Promise<OutcomesView | null> {
  const scope = await patientScope(session, patientId, { action: "outcomes.viewed", recordType: "outcome_measure" });
  if (!scope) return null;
  const { psk, nprs } = await points(db, scope.patientId);
  const state = await planState(db, scope.patientId);
  const lastAt = [...psk, ...nprs].map((p) => p.at).sort((a, b) => b.getTime() - a.getTime())[0] ?? null;
  return {
    patientId: scope.patientId,
    psk,
    nprs,
    due: dueMoment({ lastMeasuredAt: lastAt, currentPhaseStartedAt: state.phaseStartedAt, planEndedAt: state.endedAt }),
    latest: { psk: psk.length ? { value: psk.at(-1)!.value, measuredOn: todayIn(psk.at(-1)!.at) } : null, nprs: nprs.length ? { value: nprs.at(-1)!.value, measuredOn: todayIn(nprs.at(-1)!.at) } : null },
  };
}

/** Records one PSK and one NPRS together, at the moment that is due (or as a check in between). */
export async function recordOutcomes(session: SessionLike, patientId: string | undefined, input: { psk: PskItem[]; nprs: number }): Promise<{ ok: boolean }> {
  // The same rule as patientScope (own record for a patient, any existing patient for staff), with one audit
  // row for the write itself.
  const actor = await requireActor(session);
  let targetId: string;
  if (actor.role === "patient") {
    if (!actor.patientId || (patientId !== undefined && patientId !== actor.patientId)) return { ok: false };
    targetId = actor.patientId;
  } else {
    if (!isUuid(patientId)) return { ok: false };
    const [found] = await db.select({ id: patients.id }).from(patients).where(eq(patients.id, patientId)).limit(1);
    if (!found) return { ok: false };
    targetId = found.id;
  }
  const scope = { actor, patientId: targetId };
  return db.transaction(async (tx) => {
    const state = await planState(tx, scope.patientId);
    const [last] = await tx.select({ at: outcomeMeasures.createdAt }).from(outcomeMeasures).where(eq(outcomeMeasures.patientId, scope.patientId)).orderBy(desc(outcomeMeasures.createdAt)).limit(1);
    const moment = dueMoment({ lastMeasuredAt: last?.at ?? null, currentPhaseStartedAt: state.phaseStartedAt, planEndedAt: state.endedAt }) ?? "check";
    const average = Math.round((input.psk.reduce((a, b) => a + b.score, 0) / input.psk.length) * 10);
    const common = { patientId: scope.patientId, phaseId: state.phaseId, moment, recordedBy: scope.actor.userId, recordedByRole: scope.actor.role };
    const rows = await tx
      .insert(outcomeMeasures)
      .values([
        { ...common, kind: "psk" as const, value: average, items: input.psk },
        { ...common, kind: "nprs" as const, value: input.nprs },
      ])
      .returning({ id: outcomeMeasures.id });
    await audit(tx, scope.actor, { action: "outcome.recorded", patientId: scope.patientId, recordType: "outcome_measure", recordId: rows[0]!.id, details: { moment, psk: average / 10, nprs: input.nprs } });
    return { ok: true };
  });
}
