import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { exerciseLogs, users } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { demoAccounts } from "@/db/seed-data/demo";
import { seedPortalFixtures } from "@/e2e/fixtures/portal";
import { fixturePhaseId, portalPatients } from "@/e2e/support/portal-accounts";
import { hashPassword } from "@/lib/auth/password";
import { addDays, todayIn } from "@/lib/time/zone";
import { sessionFor } from "@/tests/sessions";
import { db, withTestDatabase } from "@/tests/test-database";
import { getPatientRecord } from "./staff/patients";

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
    expect(flag?.reason).toContain(`${addDays(today, -3)} en ${addDays(today, -1)}`);
  });
});
