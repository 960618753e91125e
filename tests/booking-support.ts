import { eq } from "drizzle-orm";
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

export function intake(overrides: Partial<Record<string, string | string[]>> = {}): IntakeAnswers {
  const raw: Record<string, unknown> = {
    formVersion: String(INTAKE_FORM_VERSION),
    fullName: "Noor de Boer",
    email: "noor@voorbeeld.test",
    phone: "06 12345678",
    dateOfBirth: "1991-04-03",
    complaintLocation: "left",
    onset: "gradual",
    since: "one_to_four_weeks",
    painNow: "3",
    painWorst: "6",
    stiffness: "mornings",
    strengthLoss: "no",
    swellingOrBruising: "no",
    pop: "no",
    visibleDent: "no",
    weightBearing: "normal",
    walkingHard: "no",
    painfulActivities: ["stairs"],
    crampFrequency: "never",
    crampTiming: [],
    oneLegMuchMore: "no",
    restWeek: "not_rested",
    sport: "Hardlopen",
    weeklyTrainingHours: "5",
    previousInjuries: "none",
    goals: "De halve marathon in april uitlopen.",
    consent: "yes",
    ...overrides,
  };
  return intakeSchema("2026-03-20").parse(raw);
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
