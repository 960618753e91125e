import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { planVersions, plans } from "@/db/schema";
import { clinicalPatient } from "@/e2e/support/workspace";
import { ForbiddenError } from "@/lib/auth/actor";
import { db, withTestDatabase } from "@/tests/test-database";
import { auditActions, seedClinical, staffSessions } from "@/tests/clinical-support";
import { getActivePlan, getPlan, getPortalOverview, listOwnPlans } from "../plan";
import { listExerciseOptions } from "./exercises";
import { advancePhase } from "./plan-advance";
import { addExerciseToPhase, removePlanExercise, updatePhase, updatePlanExerciseDosage } from "./plan-builder";
import { getPlanWorkspace, publishPlan, startPlan } from "./plans";
import { getPatientRecord } from "./patients";
import { getPatientTimeline } from "./timeline";

withTestDatabase();

let s: Awaited<ReturnType<typeof staffSessions>>;
const patientId = clinicalPatient.patientId;
let planId = "";

beforeAll(async () => {
  await seedClinical();
  s = await staffSessions();
});

const staffPlan = async () => (await getPlanWorkspace(s.sanne, patientId))!.plan!;
const versionCount = async () => (await db.select({ v: planVersions.version }).from(planVersions).where(eq(planVersions.planId, planId))).length;

describe("plan drafts and versions (issue 17, point 4)", () => {
  it("a plan from the template is a draft: the patient sees nothing of it, not even by its id", async () => {
    const started = await startPlan(s.sanne, patientId, "template");
    if (!started.ok) throw new Error(started.reason);
    planId = started.planId;
    const plan = await staffPlan();
    expect(plan.publishedAt).toBeNull();
    expect(plan.versions).toEqual([]);

    // Draft edits stay drafts: no version.
    const phase = plan.phases[0]!;
    expect(await updatePlanExerciseDosage(s.sanne, patientId, phase.exercises[0]!.id, { ...phase.exercises[0]!, sets: 4 })).toMatchObject({ ok: true });
    expect(await versionCount()).toBe(0);

    expect(await getActivePlan(s.fenna)).toBeNull();
    expect(await getPlan(s.fenna, planId)).toBeNull();
    expect(await listOwnPlans(s.fenna)).toEqual([]);
    expect((await getPortalOverview(s.fenna)).plan).toBeNull();
    expect((await getPatientRecord(s.sanne, patientId))!.plan).toMatchObject({ id: planId, draft: true });
  });

  it("a patient cannot publish", async () => {
    await expect(publishPlan(s.fenna, patientId, planId)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await versionCount()).toBe(0);
  });

  it("publishing stores version 1 and shows the plan to the patient; publishing twice is refused", async () => {
    expect(await publishPlan(s.sanne, patientId, planId)).toEqual({ ok: true });
    expect(await publishPlan(s.sanne, patientId, planId)).toEqual({ ok: false, reason: "stale" });
    const plan = await staffPlan();
    expect(plan.publishedAt).toBeInstanceOf(Date);
    expect(plan.versions.map((v) => [v.version, v.publishedByName])).toEqual([[1, "Sanne de Vries"]]);
    const portal = await getActivePlan(s.fenna);
    expect(portal).toMatchObject({ id: planId, version: 1, recentChanges: [] });
    expect(portal!.phases[0]!.exercises[0]!.sets).toBe(4);
    expect((await getPatientRecord(s.sanne, patientId))!.plan).toMatchObject({ id: planId, draft: false });
  });

  it("a change to the live plan becomes version 2, and the patient reads what changed in Dutch", async () => {
    const phase = (await staffPlan()).phases[0]!;
    const first = phase.exercises[0]!;
    expect(await updatePlanExerciseDosage(s.sanne, patientId, first.id, { ...first, sets: 3, reps: 12, holdSeconds: null, durationMinutes: null, timesPerWeek: 5 })).toMatchObject({ ok: true });
    const portal = (await getActivePlan(s.fenna))!;
    expect(portal.version).toBe(2);
    expect(portal.recentChanges).toHaveLength(1);
    expect(portal.recentChanges[0]!.lines).toEqual([expect.stringMatching(new RegExp(`^Andere dosering voor ${first.name.replace(/[()]/g, ".")} in fase 1: was 4 × .*, nu 3 × 12 herhalingen, 5× per week\\.$`))]);
  });

  it("another therapist may change the plan too (every therapist keeps every patient's plan); each change is its own version", async () => {
    const phase = (await staffPlan()).phases[0]!;
    const bridge = (await listExerciseOptions(s.joris, "load")).find((o) => o.name === "Bilbrug (glute bridge)")!;
    expect(await addExerciseToPhase(s.joris, patientId, phase.id, bridge.id, null)).toMatchObject({ ok: true });
    const removed = phase.exercises[1]!;
    expect(await removePlanExercise(s.sanne, patientId, removed.id)).toMatchObject({ ok: true });
    expect(await updatePhase(s.sanne, patientId, phase.id, { title: phase.title, goal: phase.goal, exitCriteria: [...phase.exitCriteria, "PSK gemiddeld ≤ 3"] })).toEqual({ ok: true });

    const plan = await staffPlan();
    expect(plan.versions.map((v) => [v.version, v.publishedByName])).toEqual([
      [5, "Sanne de Vries"],
      [4, "Sanne de Vries"],
      [3, "Joris Bakker"],
      [2, "Sanne de Vries"],
      [1, "Sanne de Vries"],
    ]);
    const lines = (await getActivePlan(s.fenna))!.recentChanges.map((c) => c.lines.join(" "));
    expect(lines[0]).toBe("Fase 1: de criteria om door te gaan zijn aangepast.");
    expect(lines[1]).toBe(`Uit fase 1 gehaald: ${removed.name}.`);
    expect(lines[2]).toBe("Nieuw in fase 1: Bilbrug (glute bridge) (3 × 12 herhalingen, 3× per week).");
  });

  it("advancing is progress, not a new version; an edit that changes nothing makes none either", async () => {
    const phase = (await staffPlan()).phases[0]!;
    const result = await advancePhase(s.sanne, patientId, { phaseId: phase.id, checks: phase.exitCriteria.map(() => ({ met: true, note: "" })), override: false, overrideReason: "" });
    expect(result).toMatchObject({ ok: true });
    const next = (await staffPlan()).phases[1]!;
    expect(await updatePhase(s.sanne, patientId, next.id, { title: next.title, goal: next.goal, exitCriteria: next.exitCriteria })).toEqual({ ok: true });
    expect(await versionCount()).toBe(5);
  });

  it("versions are immutable in the database, and a published plan stays published", async () => {
    await expect(db.update(planVersions).set({ version: 9 }).where(eq(planVersions.planId, planId))).rejects.toThrow();
    await expect(db.delete(planVersions).where(eq(planVersions.planId, planId))).rejects.toThrow();
    await expect(db.execute(sql`truncate plan_versions cascade`)).rejects.toThrow();
    await expect(db.update(plans).set({ publishedAt: null }).where(eq(plans.id, planId))).rejects.toThrow();
    expect(await versionCount()).toBe(5);
  });

  it("the record's timeline shows each published version", async () => {
    const timeline = (await getPatientTimeline(s.sanne, patientId))!;
    expect(timeline.filter((item) => item.kind === "plan_version").map((item) => (item.kind === "plan_version" ? item.version : 0))).toEqual([5, 4, 3, 2, 1]);
  });

  it("audits publishing once", async () => {
    const actions = await auditActions();
    expect(actions.filter((a) => a === "plan.published")).toHaveLength(1);
  });
});
