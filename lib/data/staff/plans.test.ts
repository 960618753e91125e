import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { planPhases, plans } from "@/db/schema";
import { hamstringTemplate } from "@/db/seed-data/hamstring-template";
import { clinicalPatient } from "@/e2e/support/workspace";
import { ForbiddenError } from "@/lib/auth/actor";
import { db, withTestDatabase } from "@/tests/test-database";
import { getActivePlan, getPortalOverview } from "../plan";
import { createAssessment } from "./assessments";
import { assessmentContent, auditActions, seedClinical, staffSessions } from "@/tests/clinical-support";
import { listExerciseOptions } from "./exercises";
import { advancePhase } from "./plan-advance";
import { addExerciseToPhase, movePlanExercise, removePlanExercise, updatePhase, updatePlanExerciseDosage } from "./plan-builder";
import { getPlanWorkspace, publishPlan, startPlan, stopPlan } from "./plans";

withTestDatabase();

let s: Awaited<ReturnType<typeof staffSessions>>;
const patientId = clinicalPatient.patientId;

beforeAll(async () => {
  await seedClinical();
  s = await staffSessions();
});

async function workspace() {
  const view = await getPlanWorkspace(s.sanne, patientId);
  if (!view) throw new Error("no workspace");
  return view;
}

const allMet = (count: number) => Array.from({ length: count }, () => ({ met: true, note: "" }));

describe("the plan builder", () => {
  it("has no plan at first; the patient sees none", async () => {
    expect((await workspace()).plan).toBeNull();
    expect(await getActivePlan(s.fenna)).toBeNull();
  });

  it("starts a plan from the template: four phases, the first current, exercises with dosage", async () => {
    const started = await startPlan(s.sanne, patientId, "template");
    expect(started.ok).toBe(true);
    const { plan } = await workspace();
    expect(plan?.phases.map((p) => [p.title, p.status])).toEqual(hamstringTemplate.map((p, i) => [p.title, i === 0 ? "current" : "upcoming"]));
    const first = plan!.phases[0]!;
    expect(first.exercises.map((e) => e.name)).toContain("Isometrische hamstringhold");
    expect(first.exercises.find((e) => e.name.startsWith("Statische hamstringstretch"))).toMatchObject({ sets: 2, holdSeconds: 20, reps: null });
    expect(plan!.phases[1]!.exercises).toHaveLength(10);
    expect(await startPlan(s.sanne, patientId, "empty")).toEqual({ ok: false, reason: "already_active" });
    // A draft until published (plan-versions.test.ts goes into the details).
    expect(await getActivePlan(s.fenna)).toBeNull();
    expect(await publishPlan(s.sanne, patientId, plan!.id)).toEqual({ ok: true });
  });

  it("adds, reorders, re-doses and removes exercises; the patient's portal follows at once", async () => {
    const { plan } = await workspace();
    const phase = plan!.phases[0]!;
    const options = await listExerciseOptions(s.sanne, "load");
    const bridge = options.find((o) => o.name === "Bilbrug (glute bridge)")!;
    const added = await addExerciseToPhase(s.sanne, patientId, phase.id, bridge.id, null);
    expect(added).toEqual({ ok: true, name: "Bilbrug (glute bridge)" });

    let current = (await workspace()).plan!.phases[0]!;
    const bridgeRow = current.exercises.at(-1)!;
    expect(bridgeRow).toMatchObject({ name: "Bilbrug (glute bridge)", sets: 3, reps: 12, timesPerWeek: 3 });

    expect(await movePlanExercise(s.sanne, patientId, bridgeRow.id, "up")).toEqual({ ok: true });
    current = (await workspace()).plan!.phases[0]!;
    expect(current.exercises.at(-2)!.id).toBe(bridgeRow.id);
    // Moving the first one up changes nothing.
    expect(await movePlanExercise(s.sanne, patientId, current.exercises[0]!.id, "up")).toEqual({ ok: true });

    expect(await updatePlanExerciseDosage(s.sanne, patientId, bridgeRow.id, { sets: 2, reps: 10, holdSeconds: null, durationMinutes: null, side: "each_side", load: "eigen gewicht", tempo: "3 tellen omlaag", restSeconds: 60, timesPerWeek: 4, notes: "Rustig omhoog." })).toMatchObject({ ok: true });
    const portal = await getActivePlan(s.fenna);
    expect(portal?.phases[0]?.exercises.find((e) => e.id === bridgeRow.id)).toMatchObject({ sets: 2, reps: 10, side: "each_side", load: "eigen gewicht", restSeconds: 60, timesPerWeek: 4, notes: "Rustig omhoog." });

    expect(await removePlanExercise(s.sanne, patientId, bridgeRow.id)).toMatchObject({ ok: true });
    expect((await workspace()).plan!.phases[0]!.exercises.some((e) => e.id === bridgeRow.id)).toBe(false);
    expect((await getActivePlan(s.fenna))?.phases[0]?.exercises.some((e) => e.id === bridgeRow.id)).toBe(false);
    expect(await removePlanExercise(s.sanne, patientId, bridgeRow.id)).toEqual({ ok: false, reason: "not_found" });
  });

  it("edits a phase's title, goal and criteria, and checks the strength criterion against the latest assessment", async () => {
    const { plan } = await workspace();
    const phase = plan!.phases[0]!;
    await updatePhase(s.sanne, patientId, phase.id, { title: "Rustig opbouwen", goal: "Pijnvrij bewegen.", exitCriteria: ["Je wandelt zonder pijn", "≥ 90% kracht t.o.v. andere been"] });
    await createAssessment(s.sanne, patientId, { appointmentId: null, content: assessmentContent() });
    const view = await workspace();
    expect(view.latestSymmetry?.percent).toBe(87);
    expect(view.currentCriteria.map((c) => c.metByMeasurement)).toEqual([null, false]);
  });

  it("advances once on a double submit, records who and the checklist, and the patient sees the new phase", async () => {
    const { plan } = await workspace();
    const phase = plan!.phases[0]!;
    const input = { phaseId: phase.id, checks: [{ met: true, note: "" }, { met: false, note: "" }], override: true, overrideReason: "Kracht volgt in fase 2." };
    const results = await Promise.all([advancePhase(s.sanne, patientId, input), advancePhase(s.sanne, patientId, input)]);
    expect(results.filter((r) => r.ok)).toEqual([{ ok: true, completedPlan: false, nextPhaseTitle: "Kracht opbouwen" }]);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: "stale" }]);

    const after = (await workspace()).plan!;
    expect(after.phases.map((p) => p.status)).toEqual(["done", "current", "upcoming", "upcoming"]);
    expect(after.phases[0]).toMatchObject({
      advancedByName: "Sanne de Vries",
      checklist: [
        { criterion: "Je wandelt zonder pijn", met: true },
        { criterion: "≥ 90% kracht t.o.v. andere been", met: false, note: "Toch doorgezet: Kracht volgt in fase 2." },
      ],
    });
    expect((await getPortalOverview(s.fenna)).plan?.currentPhase?.title).toBe("Kracht opbouwen");

    // A done phase is history: no more edits.
    expect(await updatePhase(s.sanne, patientId, phase.id, { title: "x", goal: "", exitCriteria: [] })).toEqual({ ok: false, reason: "phase_done" });
  });

  it("refuses an advance with unmet criteria and no override", async () => {
    const phase = (await workspace()).plan!.phases[1]!;
    const result = await advancePhase(s.sanne, patientId, { phaseId: phase.id, checks: [{ met: false, note: "" }, { met: true, note: "" }], override: false, overrideReason: "" });
    expect(result).toEqual({ ok: false, reason: "stale" });
    expect((await workspace()).plan!.currentPhaseId).toBe(phase.id);
  });

  it("completes the plan after the last phase; a new plan can then be started, and stopped", async () => {
    for (let i = 0; i < 3; i++) {
      const current = (await workspace()).plan!.phases.find((p) => p.status === "current")!;
      const result = await advancePhase(s.sanne, patientId, { phaseId: current.id, checks: allMet(current.exitCriteria.length), override: false, overrideReason: "" });
      expect(result).toMatchObject({ ok: true, completedPlan: i === 2 });
    }
    const view = await workspace();
    expect(view.plan).toBeNull();
    expect(view.pastPlans.map((p) => p.status)).toEqual(["completed"]);
    const [done] = await db.select({ status: plans.status, endedAt: plans.endedAt }).from(plans).where(eq(plans.patientId, patientId));
    expect(done?.endedAt).not.toBeNull();

    const empty = await startPlan(s.sanne, patientId, "empty");
    expect(empty.ok).toBe(true);
    const fresh = (await workspace()).plan!;
    expect(fresh.phases.map((p) => [p.title, p.status])).toEqual([["Fase 1", "current"]]);
    expect(await stopPlan(s.sanne, patientId, fresh.id)).toEqual({ ok: true });
    expect((await workspace()).plan).toBeNull();
    expect(await getActivePlan(s.fenna)).toBeNull();
    const currentPhases = await db.select().from(planPhases).where(and(eq(planPhases.planId, fresh.id), eq(planPhases.status, "current")));
    expect(currentPhases).toHaveLength(1);
  });

  it("refuses the patient herself", async () => {
    await expect(getPlanWorkspace(s.fenna, patientId)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(startPlan(s.fenna, patientId, "template")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(advancePhase(s.fenna, patientId, { phaseId: patientId, checks: [], override: false, overrideReason: "" })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("audited every staff read and change of the plan", async () => {
    const actions = new Set(await auditActions());
    for (const action of [
      "plan.viewed",
      "plan.created",
      "plan.exercise_added",
      "plan.exercise_moved",
      "plan.dosage_updated",
      "plan.exercise_removed",
      "plan.phase_updated",
      "plan.phase_advanced",
      "plan.stopped",
    ]) {
      expect(actions, action).toContain(action);
    }
  });
});
