import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { exerciseLogs, exercises, users } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { demoAccounts } from "@/db/seed-data/demo";
import { seedPortalFixtures } from "@/e2e/fixtures/portal";
import { fixturePhaseId, fixturePlanExerciseId, portalPatients } from "@/e2e/support/portal-accounts";
import { hashPassword } from "@/lib/auth/password";
import { addDays, todayIn } from "@/lib/time/zone";
import { sessionFor } from "@/tests/sessions";
import { db, withTestDatabase } from "@/tests/test-database";
import { getProgress } from "./progress";
import { getChecklist, saveSession } from "./session-log";
import { setExerciseVariants } from "./staff/exercise-variants";
import { updatePhasePainLimits } from "./staff/plan-builder";

/**
 * What the therapist sets for a plan and the patient's portal follows: a phase's pain limits (the advice
 * changes with them), and an exercise's easier variant (offered in the checklist, recorded, shown back).
 */
withTestDatabase();

const { anna } = portalPatients;
let therapist: Awaited<ReturnType<typeof sessionFor>>;
let patient: Awaited<ReturnType<typeof sessionFor>>;
const idOf = async (slug: string) => (await db.select({ id: exercises.id }).from(exercises).where(eq(exercises.slug, slug)))[0]!.id;

beforeAll(async () => {
  await seedDatabase(db, { hashPassword });
  await seedPortalFixtures(db, { hashPassword });
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, demoAccounts.therapist.email));
  therapist = await sessionFor(user!.id);
  patient = await sessionFor(anna.userId);
});

describe("the phase's pain limits", () => {
  it("turn the same scores into different advice once the therapist changes them", async () => {
    const today = todayIn(new Date());
    await db.delete(exerciseLogs).where(eq(exerciseLogs.patientId, anna.patientId));
    await db.insert(exerciseLogs).values({ patientId: anna.patientId, phaseId: fixturePhaseId("a", 2), planExerciseId: null, logDate: addDays(today, -1), done: true, painDuring: 3, painAfter: 0, note: "" });
    const before = await getChecklist(patient);
    expect(before?.advice[0]?.advice.verdict).toBe("hold");

    expect(await updatePhasePainLimits(therapist, anna.patientId, fixturePhaseId("a", 2), { painMaxDuring: 0, painMaxMorning: 2 })).toEqual({ ok: true });
    const painFree = await getChecklist(patient);
    expect(painFree?.phase.painFree).toBe(true);
    expect(painFree?.advice[0]?.advice.verdict).toBe("step_back");
    expect(painFree?.advice[0]?.advice.reason).toContain("pijnvrij");

    await updatePhasePainLimits(therapist, anna.patientId, fixturePhaseId("a", 2), { painMaxDuring: 8, painMaxMorning: 2 });
    expect((await getChecklist(patient))?.advice[0]?.advice.verdict).toBe("build");
  });

  it("cannot be set by the patient, nor on another patient's phase", async () => {
    await expect(updatePhasePainLimits(patient, anna.patientId, fixturePhaseId("a", 2), { painMaxDuring: 9, painMaxMorning: 9 })).rejects.toThrow();
    expect(await updatePhasePainLimits(therapist, anna.patientId, fixturePhaseId("b", 2), { painMaxDuring: 9, painMaxMorning: 9 })).toEqual({ ok: false, reason: "not_found" });
  });
});

describe("the easier variant", () => {
  it("the therapist sets it in the library; not the exercise itself, not an unknown one", async () => {
    const bridge = await idOf("bilbrug");
    expect(await setExerciseVariants(therapist, bridge, { regressionId: bridge, progressionId: null })).toEqual({ ok: false, reason: "unavailable", field: "regressionId" });
    expect(await setExerciseVariants(therapist, bridge, { regressionId: null, progressionId: "00000000-0000-4000-8000-000000000000" })).toEqual({
      ok: false,
      reason: "unavailable",
      field: "progressionId",
    });
    const deadBug = await idOf("dead-bug");
    expect(await setExerciseVariants(therapist, bridge, { regressionId: deadBug, progressionId: await idOf("bilbrug-eenbenig") })).toEqual({ ok: true });
    expect((await db.select({ r: exercises.regressionId }).from(exercises).where(eq(exercises.id, bridge)))[0]?.r).toBe(deadBug);
  });

  it("is offered in the checklist, recorded when chosen, and shown to the therapist", async () => {
    const nordic = fixturePlanExerciseId("a", 2, 1);
    const checklist = await getChecklist(patient);
    const row = [...checklist!.due, ...checklist!.other].find((e) => e.planExerciseId === nordic);
    expect(row?.easier?.name).toBe("Nordic hamstring curl met elastiek");

    const today = todayIn(new Date());
    const saved = await saveSession(patient, { logDate: today, painDuring: 2, note: "", morningPain: null, morningFor: null, exercises: [{ planExerciseId: nordic, status: "easier", effort: null }] });
    expect(saved.ok).toBe(true);
    const [log] = await db.select({ variant: exerciseLogs.variantExerciseId, modified: exerciseLogs.modified }).from(exerciseLogs).where(eq(exerciseLogs.planExerciseId, nordic));
    expect(log).toEqual({ variant: await idOf("nordic-hamstring-curl-met-band"), modified: true });
    const again = await getChecklist(patient);
    expect([...again!.due, ...again!.other].find((e) => e.planExerciseId === nordic)?.saved).toBe("easier");

    const progress = await getProgress(therapist, anna.patientId);
    expect(progress?.sessions.find((s) => s.date === today)?.easier).toEqual(["Nordic hamstring curl met elastiek"]);
  });

  it("is refused for an exercise whose library entry names none", async () => {
    const checklist = await getChecklist(patient);
    const plain = [...checklist!.due, ...checklist!.other].find((e) => e.easier === null)!;
    const before = await db.select().from(exerciseLogs).where(eq(exerciseLogs.planExerciseId, plain.planExerciseId));
    const result = await saveSession(patient, { logDate: todayIn(new Date()), painDuring: null, note: "", morningPain: null, morningFor: null, exercises: [{ planExerciseId: plain.planExerciseId, status: "easier", effort: null }] });
    expect(result).toEqual({ ok: false, reason: "not_found" });
    expect(await db.select().from(exerciseLogs).where(eq(exerciseLogs.planExerciseId, plain.planExerciseId))).toEqual(before);
  });
});
