import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvents, exerciseLogs, users } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { demoAccounts } from "@/db/seed-data/demo";
import { seedPortalFixtures } from "@/e2e/fixtures/portal";
import { BRAM_MARKER, fixturePhaseId, fixturePlanExerciseId, portalPatients } from "@/e2e/support/portal-accounts";
import { AuthRequiredError, ForbiddenError } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { todayIn, addDays } from "@/lib/time/zone";
import { sessionFor } from "@/tests/sessions";
import { db, withTestDatabase } from "@/tests/test-database";
import { getOwnAccount } from "./account";
import { exportPatientData } from "./export";
import { getOwnIntake, listOwnIntakes } from "./intake";
import { getActivePlan, getPlan, getPortalOverview, listOwnPlans } from "./plan";
import { getProgress } from "./progress";
import { getChecklist, saveSession } from "./session-log";

/**
 * The data layer decides who sees what. Patient A (Anna) calls every portal function with the ids of patient
 * B (Bram): she gets "not found" or her own data, never B's, and nothing of B changes. Staff get a named
 * patient's record and every access is audited.
 */
withTestDatabase();

const { anna, bram } = portalPatients;
type Session = Awaited<ReturnType<typeof sessionFor>>;
let A: Session;
let therapist: Session;
let therapistUserId: string;
const bramIds = [bram.userId, bram.patientId, bram.planId, bram.intakeId, bram.appointmentId, bram.assessmentId, fixturePhaseId("b", 1), fixturePlanExerciseId("b", 1, 1)];

/** Fails when anything of B is in `value`: ids, name, e-mail, phone or the marker in B's texts. */
function expectNothingOfBram(value: unknown) {
  const text = JSON.stringify(value);
  for (const needle of [...bramIds, bram.email, bram.name, BRAM_MARKER, "06 98 76 54 32"]) expect(text, needle).not.toContain(needle);
}

async function bramLogs() {
  return db.select().from(exerciseLogs).where(eq(exerciseLogs.patientId, bram.patientId)).orderBy(exerciseLogs.id);
}

beforeAll(async () => {
  await seedDatabase(db, { hashPassword });
  await seedPortalFixtures(db, { hashPassword });
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, demoAccounts.therapist.email));
  therapistUserId = user!.id;
  therapist = await sessionFor(therapistUserId);
  A = await sessionFor(anna.userId);
});

describe("patient A addressing patient B's records", () => {
  it("gets B's plan as not found, her own plan by id, and a malformed id as not found", async () => {
    expect(await getPlan(A, bram.planId)).toBeNull();
    expect(await getPlan(A, "'; drop table plans; --")).toBeNull();
    expect(await getPlan(A, anna.planId)).toMatchObject({ id: anna.planId, currentPhaseId: fixturePhaseId("a", 2) });
    expect(await getActivePlan(A, bram.patientId)).toBeNull();
    expectNothingOfBram(await getActivePlan(A));
    expectNothingOfBram(await listOwnPlans(A));
    expectNothingOfBram(await getPortalOverview(A));
  });

  it("cannot read B's progress, intake or export, and her own contain nothing of B", async () => {
    expect(await getProgress(A, bram.patientId)).toBeNull();
    expect(await exportPatientData(A, bram.patientId)).toBeNull();
    expect(await getOwnIntake(A, bram.intakeId)).toBeNull();
    expectNothingOfBram(await getProgress(A));
    expectNothingOfBram(await listOwnIntakes(A));
    expectNothingOfBram(await getOwnAccount(A));
    expectNothingOfBram(await getChecklist(A));
    const own = await exportPatientData(A);
    expectNothingOfBram(own);
    expect(own?.profile.fullName).toBe(anna.name);
    expect(own?.exerciseLogs.length).toBeGreaterThan(0);
  });

  it("cannot log against B's exercise, B's phase or a day before yesterday or in the future; B's logs stay as they were", async () => {
    const before = await bramLogs();
    const today = todayIn(new Date());
    const log = { logDate: today, painDuring: 9, note: "van Anna", morningPain: null, morningFor: null };
    const one = (planExerciseId: string) => ({ ...log, exercises: [{ planExerciseId, status: "done" as const }] });
    expect(await saveSession(A, one(fixturePlanExerciseId("b", 1, 1)))).toEqual({ ok: false, reason: "not_found" });
    expect(await saveSession(A, one(fixturePhaseId("b", 1)))).toEqual({ ok: false, reason: "not_found" });
    expect(await saveSession(A, one(bram.planId))).toEqual({ ok: false, reason: "not_found" });
    expect(await saveSession(A, one("geen-id"))).toEqual({ ok: false, reason: "not_found" });
    // Her own exercise, but of a phase that is done: not loggable either; one bad id spoils the whole save.
    expect(await saveSession(A, { ...log, exercises: [{ planExerciseId: fixturePlanExerciseId("a", 2, 1), status: "done" }, { planExerciseId: fixturePlanExerciseId("a", 1, 1), status: "done" }] })).toEqual({ ok: false, reason: "not_found" });
    const own = one(fixturePlanExerciseId("a", 2, 1));
    expect(await saveSession(A, { ...own, logDate: addDays(today, 1) })).toEqual({ ok: false, reason: "future" });
    expect(await saveSession(A, { ...own, logDate: addDays(today, -2) })).toEqual({ ok: false, reason: "past" });
    // The morning score only for her own session of yesterday or the day before.
    expect(await saveSession(A, { ...log, exercises: [], morningPain: 1, morningFor: addDays(today, -5) })).toEqual({ ok: false, reason: "morning_closed" });
    expect(await bramLogs()).toEqual(before);
    expect(await db.select().from(exerciseLogs).where(and(eq(exerciseLogs.patientId, anna.patientId), eq(exerciseLogs.logDate, today)))).toHaveLength(0);
  });

  it("saves the checklist in one go, corrects it, logs yesterday, and answers the morning question", async () => {
    const today = todayIn(new Date());
    const nordic = fixturePlanExerciseId("a", 2, 1);
    const deadlift = fixturePlanExerciseId("a", 2, 2);
    const base = { logDate: today, painDuring: 3, note: "", morningPain: null, morningFor: null };
    expect(await saveSession(A, { ...base, exercises: [{ planExerciseId: nordic, status: "done" }, { planExerciseId: deadlift, status: "skipped" }] })).toMatchObject({ ok: true, saved: 2, updated: false });
    expect(await saveSession(A, { ...base, painDuring: 2, note: "tweede poging", exercises: [{ planExerciseId: deadlift, status: "modified" }] })).toMatchObject({ ok: true, saved: 1, updated: true });
    const rows = await db.select().from(exerciseLogs).where(and(eq(exerciseLogs.patientId, anna.patientId), eq(exerciseLogs.logDate, today)));
    expect(rows).toHaveLength(3);
    expect(rows.find((r) => r.planExerciseId === deadlift)).toMatchObject({ done: true, modified: true, painDuring: null, phaseId: fixturePhaseId("a", 2) });
    expect(rows.find((r) => r.planExerciseId === null)).toMatchObject({ done: true, painDuring: 2, note: "tweede poging" });
    const checklist = await getChecklist(A);
    const all = [...(checklist?.due ?? []), ...(checklist?.other ?? [])];
    expect(all.find((e) => e.planExerciseId === nordic)?.saved).toBe("done");
    expect(all.find((e) => e.planExerciseId === deadlift)?.saved).toBe("modified");
    expect(all.find((e) => e.planExerciseId === fixturePlanExerciseId("a", 2, 3))?.saved).toBeNull();
    expect(checklist?.day).toMatchObject({ painDuring: 2, note: "tweede poging" });

    // Yesterday can still be logged; tomorrow the morning question is about it.
    const yesterday = addDays(today, -1);
    expect(await saveSession(A, { ...base, logDate: yesterday, painDuring: 4, exercises: [{ planExerciseId: nordic, status: "done" }] })).toMatchObject({ ok: true });
    const tomorrow = new Date(Date.now() + 86_400_000);
    expect((await getChecklist(A, "today", tomorrow))?.morningQuestion).toEqual({ sessionDate: today, during: 2 });
    expect(await saveSession(A, { ...base, exercises: [], morningPain: 1, morningFor: today }, tomorrow)).toMatchObject({ ok: true, morning: true, saved: 0 });
    const after = await getChecklist(A, "today", tomorrow);
    expect(after?.morningQuestion).toBeNull();
    expect(after?.advice[0]).toMatchObject({ date: today, during: 2, morning: 1, advice: { verdict: "build" } });
    const progress = await getProgress(A);
    expect(progress?.pain.at(-1)).toEqual({ date: today, during: 2, after: 1 });
    expect(progress?.weeks.at(-1)?.done).toBeGreaterThanOrEqual(1);
  });
});

describe("who may call at all", () => {
  it("refuses without a session, and refuses staff the patient's own portal functions", async () => {
    for (const call of [() => getActivePlan(null), () => getProgress(undefined), () => exportPatientData(null), () => getChecklist(null), () => getOwnIntake(null, bram.intakeId)]) {
      await expect(call()).rejects.toBeInstanceOf(AuthRequiredError);
    }
    await expect(getChecklist(therapist)).rejects.toBeInstanceOf(ForbiddenError);
    const nothing = { logDate: todayIn(new Date()), painDuring: null, note: "", morningPain: null, morningFor: null, exercises: [] };
    await expect(saveSession(therapist, nothing)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getOwnAccount(therapist)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("refuses a session whose version was raised (logout everywhere, password change)", async () => {
    await db.update(users).set({ sessionVersion: 2 }).where(eq(users.id, anna.userId));
    await expect(getActivePlan(A)).rejects.toBeInstanceOf(AuthRequiredError);
    await db.update(users).set({ sessionVersion: 1 }).where(eq(users.id, anna.userId));
  });
});

describe("staff access to a patient's record", () => {
  it("returns the named patient's data and appends an audit event for every read", async () => {
    const auditedBefore = await db.select().from(auditEvents).where(eq(auditEvents.patientId, bram.patientId));
    const progress = await getProgress(therapist, bram.patientId);
    expect(progress?.sessions.map((s) => s.note).join(" ")).toContain(BRAM_MARKER);
    const plan = await getPlan(therapist, bram.planId, bram.patientId);
    expect(plan?.id).toBe(bram.planId);
    const exported = await exportPatientData(therapist, bram.patientId);
    expect(exported?.profile.fullName).toBe(bram.name);
    expect(exported?.assessments[0]?.revisions[0]?.conclusion).toContain(BRAM_MARKER);

    const events = (await db.select().from(auditEvents).where(eq(auditEvents.patientId, bram.patientId))).slice(auditedBefore.length);
    expect(events.map((e) => e.action)).toEqual(["read_progress", "read_plan", "export_patient_data"]);
    for (const event of events) expect(event).toMatchObject({ actorUserId: therapistUserId, actorRole: "therapist", patientId: bram.patientId });
    expect(events[1]).toMatchObject({ recordType: "plan", recordId: bram.planId });
    // The record's access log is part of the patient's own export.
    expect(exported?.accessLog.map((e) => e.action)).toEqual(expect.arrayContaining(["read_progress", "read_plan", "export_patient_data"]));
    expect(exported?.accessLog.find((e) => e.action === "read_plan")?.actor).toBe("Sanne de Vries");
  });

  it("gets nothing, and audits nothing, for an unknown patient", async () => {
    const before = await db.select().from(auditEvents);
    expect(await getProgress(therapist, "00000000-0000-4000-8000-000000000000")).toBeNull();
    expect(await exportPatientData(therapist, "geen-id")).toBeNull();
    expect(await exportPatientData(therapist)).toBeNull();
    expect(await db.select().from(auditEvents)).toHaveLength(before.length);
  });
});

describe("the export", () => {
  it("holds the patient's record and no secrets", async () => {
    const exported = await exportPatientData(await sessionFor(bram.userId));
    const text = JSON.stringify(exported);
    expect(exported).toMatchObject({
      account: { email: bram.email },
      intakes: [{ id: bram.intakeId, answers: { sport: "hardlopen" } }],
      appointments: [{ id: bram.appointmentId, therapist: "Joris Bakker", service: "Vervolgbehandeling" }],
      plans: [{ id: bram.planId, phases: expect.arrayContaining([expect.objectContaining({ title: "Rustig opbouwen" })]) }],
    });
    expect(exported?.exerciseLogs).toHaveLength(2);
    for (const secret of ["passwordHash", "password_hash", "tokenHash", "manageTokenHash", "idempotencyKey", "$argon2"]) expect(text).not.toContain(secret);
    expect(exported?.accessLog.at(-1)).toMatchObject({ action: "export_own_data", actor: "jijzelf" });
  });
});
