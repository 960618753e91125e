import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { verifyPassword, hashPassword } from "@/lib/auth/password";
import { db, withTestDatabase } from "@/tests/test-database";
import * as t from "./schema";
import { demoAccounts } from "./seed-data/demo";
import { seedDatabase } from "./seed";

withTestDatabase();

const tables = {
  users: t.users,
  patients: t.patients,
  therapists: t.therapists,
  services: t.services,
  practiceSettings: t.practiceSettings,
  availabilityRules: t.availabilityRules,
  exercises: t.exercises,
  plans: t.plans,
  planPhases: t.planPhases,
  planExercises: t.planExercises,
  exerciseLogs: t.exerciseLogs,
};

async function counts() {
  const entries = await Promise.all(
    Object.entries(tables).map(async ([name, table]) => {
      const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(table);
      return [name, row?.n ?? 0] as const;
    }),
  );
  return Object.fromEntries(entries);
}

describe("the seed", () => {
  it("fills a new database with the practice and the demo data", async () => {
    await seedDatabase(db, { hashPassword, now: new Date("2026-11-20T10:00:00Z") });
    const n = await counts();
    expect(n.services).toBe(2);
    expect(n.therapists).toBe(2);
    expect(n.exercises).toBeGreaterThanOrEqual(15);
    expect(n.users).toBe(4);
    expect(n.plans).toBe(1);
    expect(n.planPhases).toBe(4);

    const phases = await db
      .select({ position: t.planPhases.position, status: t.planPhases.status })
      .from(t.planPhases)
      .orderBy(t.planPhases.position);
    expect(phases.map((p) => p.status)).toEqual(["done", "current", "upcoming", "upcoming"]);

    const [span] = await db
      .select({ first: sql<string>`min(log_date)::text`, last: sql<string>`max(log_date)::text` })
      .from(t.exerciseLogs);
    expect(span).toEqual({ first: "2026-11-06", last: "2026-11-19" });

    const [patientUser] = await db
      .select({ hash: t.users.passwordHash })
      .from(t.users)
      .where(and(eq(t.users.email, demoAccounts.patient.email), eq(t.users.role, "patient")));
    expect(await verifyPassword(patientUser!.hash!, demoAccounts.patient.password)).toBe(true);
  });

  it("changes nothing when it runs again", async () => {
    const before = await counts();
    await seedDatabase(db, { hashPassword, now: new Date("2026-12-01T10:00:00Z") });
    expect(await counts()).toEqual(before);
  });
});
