import { eq } from "drizzle-orm";
import { intakeFields, type IntakeFields } from "./booking-payload";
import { sessionFor } from "./sessions";
import { db } from "@/db";
import { seedDatabase } from "@/db/seed";
import { patients, therapists, users } from "@/db/schema";
import { INTAKE_FORM_VERSION, intakeSchema, type IntakeAnswers } from "@/lib/validation/intake";

/** Test support for the booking tests: the seeded practice and a valid intake. */

/** Seeds the practice (services, Sanne and Joris with their weekly hours, settings) with a fast fake hash. */
export async function seedPractice(): Promise<void> {
  await seedDatabase(db, { hashPassword: async (p) => `test-hash:${p}`, now: new Date("2026-03-20T12:00:00Z") });
}

/** The shared calm intake (tests/booking-payload.ts), parsed as the booking action would, with some answers changed. */
export function intake(overrides: IntakeFields = {}): IntakeAnswers {
  return intakeSchema("2026-03-20").parse({ formVersion: String(INTAKE_FORM_VERSION), painfulActivities: ["stairs"], ...intakeFields(overrides) });
}

export async function therapistId(slug: string): Promise<string> {
  const [row] = await db.select({ id: therapists.id }).from(therapists).where(eq(therapists.slug, slug));
  return row!.id;
}

/** A session as Auth.js would give it to a logged-in user (verified against the database by lib/auth/actor). */
export async function sessionForEmail(email: string) {
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return sessionFor(user!.id);
}

export async function patientByEmail(email: string) {
  const [row] = await db
    .select({ id: patients.id, fullName: patients.fullName, dateOfBirth: patients.dateOfBirth, phone: patients.phone, userId: users.id })
    .from(patients)
    .innerJoin(users, eq(users.id, patients.userId))
    .where(eq(users.email, email));
  return row;
}
