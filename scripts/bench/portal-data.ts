// Run by the bench's `portal` section with PGLITE_DIR set: a fresh embedded database with the demo data, the
// portal fixtures, and patient Anna given two years of daily sessions (a day's row and four exercises each).
import { eq } from "drizzle-orm";
import { closeDatabase, db } from "@/db";
import { migrateDatabase } from "@/db/migrate";
import * as t from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { seedPortalFixtures } from "@/e2e/fixtures/portal";
import { fixturePhaseId, fixturePlanExerciseId, portalPatients } from "@/e2e/support/portal-accounts";
import { hashPassword } from "@/lib/auth/password";
import { encryptTotpSecret } from "@/lib/auth/totp";
import { addDays, todayIn } from "@/lib/time/zone";

export const PORTAL_BENCH_DAYS = Number(process.env.BENCH_PORTAL_DAYS ?? 730);
const EXERCISES_PER_DAY = 4;

await migrateDatabase();
await seedDatabase(db, { hashPassword, encryptTotpSecret });
await seedPortalFixtures(db, { hashPassword });
const { anna } = portalPatients;
const today = todayIn(new Date());
const phaseId = fixturePhaseId("a", 2);
await db.delete(t.exerciseLogs).where(eq(t.exerciseLogs.patientId, anna.patientId));
await db.update(t.plans).set({ startedOn: addDays(today, -PORTAL_BENCH_DAYS - 7) }).where(eq(t.plans.id, anna.planId));
await db.update(t.planPhases).set({ startedAt: new Date(Date.now() - (PORTAL_BENCH_DAYS + 1) * 86_400_000) }).where(eq(t.planPhases.id, phaseId));
let rows = 0;
for (let start = PORTAL_BENCH_DAYS; start > 0; start -= 100) {
  const values: (typeof t.exerciseLogs.$inferInsert)[] = [];
  for (let offset = start; offset > Math.max(0, start - 100); offset--) {
    const logDate = addDays(today, -offset);
    values.push({ patientId: anna.patientId, phaseId, planExerciseId: null, logDate, done: true, painDuring: offset % 6, painAfter: offset % 3, note: offset % 9 === 0 ? "Ging goed, iets stijf bij het opstaan." : "" });
    for (let n = 1; n <= EXERCISES_PER_DAY; n++) {
      values.push({ patientId: anna.patientId, phaseId, planExerciseId: fixturePlanExerciseId("a", 2, n), logDate, done: (offset + n) % 7 !== 0, modified: (offset + n) % 11 === 0 });
    }
  }
  await db.insert(t.exerciseLogs).values(values);
  rows += values.length;
}
await closeDatabase();
console.log(`portal bench data: ${PORTAL_BENCH_DAYS} sessions, ${rows} log rows for ${anna.email}`);
