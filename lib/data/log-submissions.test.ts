import { randomUUID } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { exerciseLogs, logSubmissions } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { seedPortalFixtures } from "@/e2e/fixtures/portal";
import { fixturePlanExerciseId, portalPatients } from "@/e2e/support/portal-accounts";
import { hashPassword } from "@/lib/auth/password";
import { todayIn } from "@/lib/time/zone";
import { sessionFor } from "@/tests/sessions";
import { db, withTestDatabase } from "@/tests/test-database";
import { saveSession, type SessionInput } from "./session-log";

/** A checklist queued offline and sent again (its first answer lost) is stored once (decision 021). */
withTestDatabase();

const { anna } = portalPatients;

beforeAll(async () => {
  await seedDatabase(db, { hashPassword });
  await seedPortalFixtures(db, { hashPassword });
});

const dayRow = (logDate: string) =>
  db
    .select({ painDuring: exerciseLogs.painDuring, note: exerciseLogs.note })
    .from(exerciseLogs)
    .where(and(eq(exerciseLogs.patientId, anna.patientId), isNull(exerciseLogs.planExerciseId), eq(exerciseLogs.logDate, logDate)));

describe("a log submission sent twice", () => {
  it("stores the first arrival, and a replay after a correction changes nothing", async () => {
    const A = await sessionFor(anna.userId);
    const today = todayIn(new Date());
    await db.delete(exerciseLogs).where(and(eq(exerciseLogs.patientId, anna.patientId), eq(exerciseLogs.logDate, today)));
    const key = randomUUID();
    const queued: SessionInput = {
      logDate: today,
      painDuring: 3,
      note: "offline gedaan",
      morningPain: null,
      morningFor: null,
      submissionKey: key,
      exercises: [{ planExerciseId: fixturePlanExerciseId("a", 2, 1), status: "done" }],
    };
    expect(await saveSession(A, queued)).toMatchObject({ ok: true, saved: 1 });
    // The patient corrects the day online; then the phone replays its queued copy.
    expect(await saveSession(A, { ...queued, submissionKey: null, painDuring: 1, note: "aangepast" })).toMatchObject({ ok: true });
    expect(await saveSession(A, queued)).toEqual({ ok: true, saved: 0, updated: false, morning: false, duplicate: true });
    expect(await dayRow(today)).toEqual([{ painDuring: 1, note: "aangepast" }]);
    expect(await db.select().from(logSubmissions).where(eq(logSubmissions.key, key))).toHaveLength(1);
  });

  it("two arrivals at the same moment store one", async () => {
    const A = await sessionFor(anna.userId);
    const today = todayIn(new Date());
    const key = randomUUID();
    const input: SessionInput = { logDate: today, painDuring: 2, note: "", morningPain: null, morningFor: null, submissionKey: key, exercises: [{ planExerciseId: fixturePlanExerciseId("a", 2, 2), status: "skipped" }] };
    const results = await Promise.all([saveSession(A, input), saveSession(A, input)]);
    expect(results.filter((r) => r.ok && r.duplicate)).toHaveLength(1);
    expect(await db.select().from(logSubmissions).where(eq(logSubmissions.key, key))).toHaveLength(1);
  });
});
