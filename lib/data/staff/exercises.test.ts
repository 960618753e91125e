import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvents, exercises } from "@/db/schema";
import { clinicalPatient } from "@/e2e/support/workspace";
import { ForbiddenError } from "@/lib/auth/actor";
import { db, withTestDatabase } from "@/tests/test-database";
import { getActivePlan } from "../plan";
import { seedClinical, staffSessions } from "@/tests/clinical-support";
import { createExercise, getExercise, listExerciseOptions, listExercises, setExerciseRetired, updateExercise } from "./exercises";
import { addExerciseToPhase } from "./plan-builder";
import { getPlanWorkspace, publishPlan, startPlan } from "./plans";

withTestDatabase();

let s: Awaited<ReturnType<typeof staffSessions>>;

beforeAll(async () => {
  await seedClinical();
  s = await staffSessions();
});

const input = {
  name: "Bilbrug op één been",
  summary: "De bilspieren per kant sterker maken.",
  instructions: "Lig op je rug, één voet op de grond, het andere been gestrekt omhoog. Duw je bekken omhoog.",
  cues: ["Knie boven de voet", "Bekken blijft recht"],
  defaultSets: 3,
  defaultReps: 10,
  defaultHoldSeconds: null,
  defaultTimesPerWeek: 3,
  phaseTags: ["load" as const, "return_to_sport" as const],
};

describe("the exercise library", () => {
  it("creates an exercise with a slug from its name, a second one with the same name gets a free slug", async () => {
    const first = await createExercise(s.joris, input);
    const second = await createExercise(s.sanne, input);
    expect(first.slug).toBe("bilbrug-op-een-been");
    expect(second.slug).toBe("bilbrug-op-een-been-2");
    expect(await getExercise(s.sanne, first.id)).toMatchObject({ ...input, retired: false, inUse: 0 });
  });

  it("edits an exercise; plans show the new text at once", async () => {
    await startPlan(s.sanne, clinicalPatient.patientId, "template");
    // A new plan is a draft the patient does not see (decision 023): publish it so the portal shows it.
    const draft = await getPlanWorkspace(s.sanne, clinicalPatient.patientId);
    expect(await publishPlan(s.sanne, clinicalPatient.patientId, draft!.plan!.id)).toEqual({ ok: true });
    const [bridge] = await db.select({ id: exercises.id }).from(exercises).where(eq(exercises.slug, "isometrische-hamstringhold"));
    const existing = await getExercise(s.sanne, bridge!.id);
    expect(existing?.inUse).toBeGreaterThan(0);
    const { id: _id, slug: _slug, retired: _retired, inUse: _inUse, ...rest } = existing!;
    expect(await updateExercise(s.sanne, bridge!.id, { ...rest, summary: "Nieuwe korte uitleg." })).toEqual({ ok: true });
    const plan = await getActivePlan(s.fenna);
    expect(plan?.phases[0]?.exercises.find((e) => e.name === "Isometrische hamstringhold")?.summary).toBe("Nieuwe korte uitleg.");
  });

  it("retires an exercise: no longer offered, still in the plans that use it, and it can come back", async () => {
    const [hold] = await db.select({ id: exercises.id }).from(exercises).where(eq(exercises.slug, "isometrische-hamstringhold"));
    expect(await setExerciseRetired(s.sanne, hold!.id, true)).toEqual({ ok: true });
    expect((await listExerciseOptions(s.sanne)).some((o) => o.id === hold!.id)).toBe(false);
    expect((await listExerciseOptions(s.sanne, "protect")).some((o) => o.id === hold!.id)).toBe(false);
    expect((await listExercises(s.sanne, { status: "retired" })).map((e) => e.id)).toEqual([hold!.id]);
    expect((await listExercises(s.sanne)).find((e) => e.id === hold!.id)).toMatchObject({ retired: true });

    const workspace = await getPlanWorkspace(s.sanne, clinicalPatient.patientId);
    const phase = workspace!.plan!.phases[0]!;
    expect(phase.exercises.find((e) => e.exerciseId === hold!.id)).toMatchObject({ retired: true });
    expect(await addExerciseToPhase(s.sanne, clinicalPatient.patientId, phase.id, hold!.id, null)).toEqual({ ok: false, reason: "exercise_unavailable" });
    expect((await getActivePlan(s.fenna))?.phases[0]?.exercises.some((e) => e.name === "Isometrische hamstringhold")).toBe(true);

    // The database never lets an exercise a plan uses be deleted.
    await expect(db.delete(exercises).where(eq(exercises.id, hold!.id))).rejects.toThrow();

    expect(await setExerciseRetired(s.sanne, hold!.id, false)).toEqual({ ok: true });
    expect((await listExerciseOptions(s.sanne, "protect")).some((o) => o.id === hold!.id)).toBe(true);
  });

  it("filters by phase", async () => {
    const protect = await listExercises(s.sanne, { phase: "protect" });
    expect(protect.length).toBeGreaterThan(0);
    expect(protect.every((e) => e.phaseTags.includes("protect"))).toBe(true);
  });

  it("is for staff only, and audits changes without a patient", async () => {
    await expect(listExercises(s.fenna)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createExercise(s.fenna, input)).rejects.toBeInstanceOf(ForbiddenError);
    const rows = await db.select({ action: auditEvents.action, patientId: auditEvents.patientId }).from(auditEvents);
    const library = rows.filter((r) => r.action.startsWith("exercise."));
    expect(library.map((r) => r.action)).toEqual(expect.arrayContaining(["exercise.created", "exercise.updated", "exercise.retired", "exercise.unretired"]));
    expect(library.every((r) => r.patientId === null)).toBe(true);
  });
});
