import { and, asc, eq, isNull, sql } from "drizzle-orm";
import * as t from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { demoAccounts } from "@/db/seed-data/demo";
import { seedFixtures } from "@/e2e/fixtures";
import { portalPatients } from "@/e2e/support/portal-accounts";
import { hashToken, newToken } from "@/lib/auth/tokens";
import { encryptTotpSecret } from "@/lib/auth/totp";
import { findFreeSlots } from "@/lib/data/availability";
import { addExerciseToPhase } from "@/lib/data/staff/plan-builder";
import { publishPlan, startPlan, stopPlan } from "@/lib/data/staff/plans";
import { createAssessment } from "@/lib/data/staff/assessments";
import { emptyLink } from "@/lib/assessment/chain";
import { sessionFor } from "@/tests/sessions";
import { db } from "@/tests/test-database";

/**
 * The world of the authorization matrix and the fuzz tests: the demo seed plus every e2e fixture set (the
 * same data the browser tests see), the six roles, and fresh target rows for cells whose allowed call uses
 * its target up (a cancelled appointment, a used token, a removed exercise …).
 */
export const roles = ["anonymous", "patientA", "patientB", "therapist", "otherTherapist", "admin"] as const;
export type Role = (typeof roles)[number];

export type World = Awaited<ReturnType<typeof buildWorld>>;

const userIdByEmail = async (email: string) => {
  const [row] = await db.select({ id: t.users.id }).from(t.users).where(eq(t.users.email, email));
  if (!row) throw new Error(`world: no user ${email}`);
  return row.id;
};
const therapistOf = async (userId: string) => {
  const [row] = await db.select({ id: t.therapists.id, slug: t.therapists.slug }).from(t.therapists).where(eq(t.therapists.userId, userId));
  if (!row) throw new Error(`world: ${userId} is no therapist`);
  return row;
};

/** Seeds the database of the current test file (call in beforeAll after withTestDatabase). */
export async function buildWorld() {
  // As the e2e database is prepared: the demo staff have two-factor login set up.
  await seedDatabase(db, { hashPassword: async (password) => `test-hash:${password}`, encryptTotpSecret });
  await seedFixtures(db);
  const sanneUserId = await userIdByEmail(demoAccounts.therapist.email);
  const jorisUserId = await userIdByEmail(demoAccounts.secondTherapist.email);
  const evaUserId = await userIdByEmail(demoAccounts.admin.email);
  const sanne = await therapistOf(sanneUserId);
  const [exercise] = await db.select({ id: t.exercises.id }).from(t.exercises).where(eq(t.exercises.slug, "bilbrug"));
  const [followUp] = await db.select({ id: t.services.id, minutes: t.services.minutes }).from(t.services).where(eq(t.services.slug, "vervolgbehandeling"));
  const userIds: Record<Exclude<Role, "anonymous">, string> = {
    patientA: portalPatients.anna.userId,
    patientB: portalPatients.bram.userId,
    therapist: sanneUserId,
    otherTherapist: jorisUserId,
    admin: evaUserId,
  };
  return {
    userIds,
    anna: portalPatients.anna,
    bram: portalPatients.bram,
    /** Current passwords of the patients (a password-change cell changes one). */
    passwords: { patientA: portalPatients.anna.password, patientB: portalPatients.bram.password } as Record<string, string>,
    sanne: { userId: sanneUserId, therapistId: sanne.id, slug: sanne.slug },
    libraryExerciseId: exercise!.id,
    followUpService: followUp!,
  };
}

/** A fresh session of the role (a real session row; second factor passed unless told otherwise). */
export async function sessionOf(world: World, role: Role, options: { secondFactor?: boolean } = {}) {
  if (role === "anonymous") return null;
  return sessionFor(world.userIds[role], options);
}

/** The admin's session, for set-up through our own data layer. */
export const setupSession = (world: World) => sessionFor(world.userIds.admin);

let counter = 0;
/** A number unique within the test file (for e-mail addresses, slugs, dates). */
export const unique = () => ++counter;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Far outside the booking horizon, so fresh appointments never take a bookable time. */
function farTime(direction: 1 | -1): Date {
  const n = unique();
  const base = Date.UTC(new Date().getUTCFullYear() + (direction === 1 ? 2 : -2), 0, 5, 1, 0);
  return new Date(base + direction * (n * 2 * HOUR + Math.floor(n / 8) * DAY));
}

/** A confirmed appointment of patient A with Sanne, in the far future (cancellable) or past (markable). */
export async function freshAppointment(world: World, options: { past?: boolean; token?: boolean } = {}): Promise<{ id: string; token: string | null }> {
  const startsAt = farTime(options.past ? -1 : 1);
  const token = options.token ? newToken().token : null;
  const [row] = await db
    .insert(t.appointments)
    .values({
      therapistId: world.sanne.therapistId,
      patientId: world.anna.patientId,
      serviceId: world.followUpService.id,
      startsAt,
      endsAt: new Date(startsAt.getTime() + world.followUpService.minutes * 60_000),
      status: "confirmed",
      manageTokenHash: token ? hashToken(token) : null,
    })
    .returning({ id: t.appointments.id });
  return { id: row!.id, token };
}

/** The first free time of Sanne for the service (a free time an allowed cell takes is gone for the next). */
export async function freeTime(serviceSlug: string, therapistSlug: string): Promise<string> {
  const search = await findFreeSlots({ serviceSlug, therapistSlug, now: new Date() });
  const slot = search?.slots[0];
  if (!slot) throw new Error(`world: no free time for ${serviceSlug}/${therapistSlug}`);
  return new Date(slot.start).toISOString();
}

/** A fresh account with a one-time link: an activation waiting for a password, or a reset of an active one. */
export async function freshTokenAccount(purpose: "activation" | "password_reset"): Promise<string> {
  const n = unique();
  const active = purpose === "password_reset";
  const [user] = await db
    .insert(t.users)
    .values({ email: `link-${n}@matrix.test`, role: "patient", passwordHash: active ? "test-hash:oud" : null, activatedAt: active ? new Date() : null })
    .returning({ id: t.users.id });
  await db.insert(t.patients).values({ userId: user!.id, fullName: `Linkpatiënt ${n}`, dateOfBirth: "1990-01-01" });
  const { token, hash } = newToken();
  await db.insert(t.userTokens).values({ userId: user!.id, purpose, tokenHash: hash, createdAt: new Date(), expiresAt: new Date(Date.now() + DAY) });
  return token;
}

/** A fresh staff account (a therapist with a profile), optionally deactivated or not yet activated. */
export async function freshStaff(options: { deactivated?: boolean; activated?: boolean } = {}): Promise<string> {
  const n = unique();
  const [user] = await db
    .insert(t.users)
    .values({
      email: `collega-${n}@matrix.test`,
      role: "therapist",
      passwordHash: options.activated === false ? null : "test-hash:x",
      activatedAt: options.activated === false ? null : new Date(),
      deactivatedAt: options.deactivated ? new Date() : null,
    })
    .returning({ id: t.users.id });
  await db.insert(t.therapists).values({ userId: user!.id, slug: `collega-${n}`, displayName: `Collega ${n}`, title: "Fysiotherapeut", active: !options.deactivated });
  return user!.id;
}

/** A waitlist entry (Anna's, or a visitor's) with its leave link. */
export async function freshWaitlistEntry(world: World, options: { anna?: boolean } = {}): Promise<{ id: string; leaveToken: string }> {
  const n = unique();
  const leave = newToken();
  const [row] = await db
    .insert(t.waitlistEntries)
    .values({
      patientId: options.anna ? world.anna.patientId : null,
      email: options.anna ? `anna-wacht-${n}@matrix.test` : `wachtende-${n}@matrix.test`,
      fullName: `Wachtende ${n}`,
      dateOfBirth: "1990-05-05",
      serviceId: world.followUpService.id,
      therapistId: null,
      weekdays: [1, 2, 3, 4, 5],
      dayParts: ["morning", "afternoon", "evening"],
      untilDate: "2099-12-31",
      leaveTokenHash: leave.hash,
    })
    .returning({ id: t.waitlistEntries.id });
  return { id: row!.id, leaveToken: leave.token };
}

/** An open waitlist offer of a free time of Sanne's to a visitor, with its claim link. */
export async function freshOffer(world: World): Promise<string> {
  const entry = await freshWaitlistEntry(world);
  const startsAt = new Date(await freeTime("vervolgbehandeling", "sanne-de-vries"));
  const claim = newToken();
  await db.insert(t.waitlistOffers).values({
    entryId: entry.id,
    therapistId: world.sanne.therapistId,
    startsAt,
    endsAt: new Date(startsAt.getTime() + world.followUpService.minutes * 60_000),
    tokenHash: claim.hash,
    expiresAt: new Date(Date.now() + 3600_000),
  });
  return claim.token;
}

/** A job that failed for good, for the admin's "try again". */
export async function freshFailedJob(): Promise<string> {
  const [row] = await db
    .insert(t.jobs)
    .values({ kind: "mail.deliver", payload: {}, status: "failed", attempts: 3, maxAttempts: 3, lastError: "matrix", finishedAt: new Date(), runAt: new Date(Date.now() + 365 * 86_400_000) })
    .returning({ id: t.jobs.id });
  return row!.id;
}

/** A weekly block of Sanne's, far in the future (so changing or removing it touches no history). */
export async function freshRule(world: World): Promise<string> {
  const year = new Date().getUTCFullYear() + 3 + (unique() % 50);
  const [row] = await db
    .insert(t.availabilityRules)
    .values({ therapistId: world.sanne.therapistId, weekday: 7, startTime: "05:00", endTime: "05:30", validFrom: `${year}-01-01`, validTo: `${year}-01-31` })
    .returning({ id: t.availabilityRules.id });
  return row!.id;
}

/** An absence of Sanne's far in the future. */
export async function freshException(world: World): Promise<string> {
  const startsAt = farTime(1);
  const [row] = await db
    .insert(t.availabilityExceptions)
    .values({ therapistId: world.sanne.therapistId, kind: "absence", startsAt, endsAt: new Date(startsAt.getTime() + HOUR), reason: "matrix" })
    .returning({ id: t.availabilityExceptions.id });
  return row!.id;
}

/** A far-future calendar date (YYYY-MM-DD) unique in this file, for hours and absences. */
export function farDate(): string {
  const date = new Date(Date.UTC(new Date().getUTCFullYear() + 3, 0, 1) + unique() * DAY);
  return date.toISOString().slice(0, 10);
}

/** Patient A's active plan (started from the template when there is none), its current phase and exercises. */
export async function annaPlan(world: World, options: { exercises?: number } = {}) {
  const patientId = world.anna.patientId;
  const current = async () => {
    const [plan] = await db
      .select({ id: t.plans.id })
      .from(t.plans)
      .where(and(eq(t.plans.patientId, patientId), eq(t.plans.status, "active")));
    return plan ?? null;
  };
  let plan = await current();
  if (!plan) {
    const started = await startPlan(await setupSession(world), patientId, "template");
    if (!started.ok) throw new Error(`world: cannot start a plan (${started.reason})`);
    if (!(await publishPlan(await setupSession(world), patientId, started.planId)).ok) throw new Error("world: cannot publish the plan");
    plan = await current();
  }
  const [phase] = await db
    .select({ id: t.planPhases.id, exitCriteria: t.planPhases.exitCriteria })
    .from(t.planPhases)
    .where(and(eq(t.planPhases.planId, plan!.id), eq(t.planPhases.status, "current")));
  if (!phase) throw new Error("world: the active plan has no current phase");
  const listExercises = () =>
    db
      .select({ id: t.planExercises.id })
      .from(t.planExercises)
      .where(and(eq(t.planExercises.phaseId, phase.id), isNull(t.planExercises.removedAt)))
      .orderBy(asc(t.planExercises.position));
  let exercises = await listExercises();
  while (exercises.length < (options.exercises ?? 0)) {
    const added = await addExerciseToPhase(await setupSession(world), patientId, phase.id, world.libraryExerciseId, null);
    if (!added.ok) throw new Error(`world: cannot add an exercise (${added.reason})`);
    exercises = await listExercises();
  }
  return { planId: plan!.id, phaseId: phase.id, criteriaCount: phase.exitCriteria.length, exerciseIds: exercises.map((e) => e.id) };
}

/** Stops patient A's active plan, if any (so that starting one can succeed). */
export async function stopAnnaPlan(world: World): Promise<void> {
  const [plan] = await db
    .select({ id: t.plans.id })
    .from(t.plans)
    .where(and(eq(t.plans.patientId, world.anna.patientId), eq(t.plans.status, "active")));
  if (plan) await stopPlan(await setupSession(world), world.anna.patientId, plan.id);
}

/** A fresh assessment of patient A (revision 1). */
export async function freshAssessment(world: World): Promise<string> {
  const links = Object.fromEntries(["feet_ankles", "knees", "hips", "pelvis_lower_back", "core", "hamstring"].map((link) => [link, emptyLink()]));
  const created = await createAssessment(await setupSession(world), world.anna.patientId, {
    appointmentId: null,
    content: { gradeEstimate: 1, conclusion: "Beginstand.", weakLinks: [], notes: "", links } as never,
  });
  if (!created.ok) throw new Error(`world: cannot create an assessment (${created.reason})`);
  return created.assessmentId;
}

/** A fresh library exercise (created straight in the table, as the seed does). */
export async function freshExercise(): Promise<string> {
  const n = unique();
  const [row] = await db
    .insert(t.exercises)
    .values({ slug: `matrixoefening-${n}`, name: `Matrixoefening ${n}`, instructions: "Rustig uitvoeren.", defaultSets: 2, defaultReps: 10, defaultTimesPerWeek: 3 })
    .returning({ id: t.exercises.id });
  return row!.id;
}

/** A booking held for patient A (made anonymously with her address) and the token of its confirmation link. */
export async function freshHold(world: World): Promise<string> {
  const { bookAppointment } = await import("@/lib/data/booking");
  const { intakeSchema } = await import("@/lib/validation/intake");
  const { intake } = await import("./table/shared");
  const tijd = await freeTime("vervolgbehandeling", world.sanne.slug);
  const answers = intakeSchema(new Date().toISOString().slice(0, 10)).parse({ ...intake(world.anna.email), formVersion: "1", painfulActivities: [], crampTiming: [] });
  const outcome = await bookAppointment({ serviceSlug: "vervolgbehandeling", therapistSlug: world.sanne.slug, startsAt: new Date(tijd), intake: answers, idempotencyKey: `matrix-hold-${unique()}-abcdefghijklmnop` });
  if (outcome.status !== "pending") throw new Error(`world: expected a hold, got ${outcome.status}`);
  const [mail] = await db.select().from(t.outboxEmails).where(eq(t.outboxEmails.kind, "booking_hold")).orderBy(sql`${t.outboxEmails.createdAt} desc, ${t.outboxEmails.id} desc`).limit(1);
  return /\/afspraak\/bevestigen\/([A-Za-z0-9_-]{43})/.exec(mail!.textBody)![1]!;
}
