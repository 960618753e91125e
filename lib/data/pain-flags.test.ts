import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { exerciseLogs, users } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { demoAccounts } from "@/db/seed-data/demo";
import { seedPortalFixtures } from "@/e2e/fixtures/portal";
import { fixturePhaseId, fixturePlanExerciseId, portalPatients } from "@/e2e/support/portal-accounts";
import { hashPassword } from "@/lib/auth/password";
import { formatPlainDate } from "@/lib/time/format";
import { addDays, todayIn } from "@/lib/time/zone";
import { sessionFor } from "@/tests/sessions";
import { db, withTestDatabase } from "@/tests/test-database";
import { saveSession } from "./session-log";
import { getPatientRecord } from "./staff/patients";
import { getPlanWorkspace } from "./staff/plans";

/** The therapist sees a flag on the patient's record when the pain rule is broken twice in a row. */
withTestDatabase();

const { anna, eva } = portalPatients;
let therapist: Awaited<ReturnType<typeof sessionFor>>;

beforeAll(async () => {
  await seedDatabase(db, { hashPassword });
  await seedPortalFixtures(db, { hashPassword });
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, demoAccounts.therapist.email));
  therapist = await sessionFor(user!.id);
});

describe("the therapist's pain flag", () => {
  it("is absent while the patient stays within the rule", async () => {
    expect((await getPatientRecord(therapist, anna.patientId))?.painFlag).toBeNull();
  });

  it("appears on the record after two sessions over the limit, with the dates", async () => {
    const today = todayIn(new Date());
    await db.delete(exerciseLogs).where(eq(exerciseLogs.patientId, eva.patientId));
    await db.insert(exerciseLogs).values(
      [-3, -1].map((offset) => ({ patientId: eva.patientId, phaseId: fixturePhaseId("e", 2), planExerciseId: null, logDate: addDays(today, offset), done: true, painDuring: 7, painAfter: 1, note: "" })),
    );
    const flag = (await getPatientRecord(therapist, eva.patientId))?.painFlag;
    expect(flag?.kind).toBe("broken_twice");
    expect(flag?.reason).toContain(`(${formatPlainDate(addDays(today, -3))} en ${formatPlainDate(addDays(today, -1))})`);
  });
});

describe("feedback per exercise", () => {
  it("the therapist reads beside the dosage how the patient rated an exercise", async () => {
    const A = await sessionFor(anna.userId);
    const nordic = fixturePlanExerciseId("a", 2, 1);
    const today = todayIn(new Date());
    const base = { painDuring: 2, note: "", morningPain: null, morningFor: null };
    await saveSession(A, { ...base, logDate: addDays(today, -1), exercises: [{ planExerciseId: nordic, status: "done", effort: "too_heavy" }] });
    await saveSession(A, { ...base, logDate: today, exercises: [{ planExerciseId: nordic, status: "modified", effort: "too_heavy" }, { planExerciseId: fixturePlanExerciseId("a", 2, 2), status: "done", effort: "right" }] });
    const workspace = await getPlanWorkspace(therapist, anna.patientId);
    const exercises = workspace?.plan?.phases.find((p) => p.id === fixturePhaseId("a", 2))?.exercises ?? [];
    expect(exercises.find((e) => e.id === nordic)?.feedback).toBe("Patiënt, laatste 2 weken: 2× te zwaar");
    expect(exercises.find((e) => e.id === fixturePlanExerciseId("a", 2, 2))?.feedback).toBe("Patiënt, laatste 2 weken: 1× goed");
    expect(exercises.find((e) => e.id === fixturePlanExerciseId("a", 2, 3))?.feedback).toBeNull();
  });
});
