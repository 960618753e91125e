import { and, eq, inArray, sql } from "drizzle-orm";
import type { Database, Executor } from "./index";
import * as t from "./schema";
import { demoAccounts, demoPatientProfile } from "./seed-data/demo";
import { seedExercises } from "./seed-data/exercises";
import { exerciseVariantPairs } from "./seed-data/variant-exercises";
import { exerciseChainLinks } from "./seed-data/wedges-exercises";
import { hamstringPlanTitle, hamstringTemplate } from "./seed-data/hamstring-template";
import { seedRulesValidFrom, seedServices, seedTherapists } from "./seed-data/practice";

export type SeedOptions = {
  /** Hashes a password; injected so `db/` does not depend on `lib/` (and tests can pass a fast one). */
  hashPassword: (password: string) => Promise<string>;
  /**
   * Encrypts a TOTP secret (lib/auth/totp.ts). When given, the demo staff accounts get two-factor login set
   * up with the demo secrets in seed-data/demo.ts (staff must have it; README lists the secrets).
   */
  encryptTotpSecret?: (secret: string) => string;
  /** The moment the demo history is relative to (the demo patient's plan and logs end "yesterday"). */
  now?: Date;
};

const TIME_ZONE = "Europe/Amsterdam";

/** The calendar date in Amsterdam `offsetDays` from `now`, as YYYY-MM-DD. */
function amsterdamDate(now: Date, offsetDays = 0): string {
  const local = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
  const [y, m, d] = local.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + offsetDays)).toISOString().slice(0, 10);
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Links the library's easier and harder variants, where an exercise has none yet (a therapist's choice stays). */
async function seedExerciseVariants(tx: Executor): Promise<void> {
  const rows = await tx.select({ id: t.exercises.id, slug: t.exercises.slug }).from(t.exercises);
  const idOf = new Map(rows.map((row) => [row.slug, row.id]));
  for (const pair of exerciseVariantPairs) {
    const id = idOf.get(pair.slug);
    if (!id) continue;
    const regressionId = pair.regression ? (idOf.get(pair.regression) ?? null) : null;
    const progressionId = pair.progression ? (idOf.get(pair.progression) ?? null) : null;
    await tx
      .update(t.exercises)
      .set({ regressionId, progressionId })
      .where(and(eq(t.exercises.id, id), sql`${t.exercises.regressionId} is null and ${t.exercises.progressionId} is null`));
  }
}

/**
 * Fills a database with the practice's catalogue and the demo data. Idempotent: every row has a natural
 * key (slug, e-mail) and is only inserted when missing; the demo plan and logs only when the demo patient
 * has none. Runs in one transaction under an advisory lock, so two instances starting at once seed once.
 */
export async function seedDatabase(database: Database, options: SeedOptions): Promise<void> {
  const now = options.now ?? new Date();
  const passwords = await Promise.all(
    Object.values(demoAccounts).map(async (account) => [account.email, await options.hashPassword(account.password)] as const),
  );
  const hashes = new Map(passwords);

  await database.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('keten.seed'))`);

    await tx.insert(t.practiceSettings).values({ id: 1 }).onConflictDoNothing();
    await tx.insert(t.services).values([...seedServices]).onConflictDoNothing();
    await tx
      .insert(t.exercises)
      .values(seedExercises.map((e) => ({ ...e, chainLinks: exerciseChainLinks[e.slug] ?? [] })))
      .onConflictDoNothing();
    await seedExerciseVariants(tx);

    // Staff accounts.
    const activated = { activatedAt: now };
    await tx
      .insert(t.users)
      .values([
        { email: demoAccounts.admin.email, role: "admin", passwordHash: hashes.get(demoAccounts.admin.email), ...activated },
        ...seedTherapists.map((th) => ({
          email: th.email,
          role: "therapist" as const,
          passwordHash: hashes.get(th.email),
          ...activated,
        })),
        { email: demoAccounts.patient.email, role: "patient", passwordHash: hashes.get(demoAccounts.patient.email), ...activated },
      ])
      .onConflictDoNothing();

    if (options.encryptTotpSecret) {
      for (const account of [demoAccounts.admin, demoAccounts.therapist, demoAccounts.secondTherapist]) {
        await tx
          .update(t.users)
          .set({ totpSecret: options.encryptTotpSecret(account.totpSecret), totpEnabledAt: now })
          .where(and(eq(t.users.email, account.email), sql`${t.users.totpEnabledAt} is null`));
      }
    }

    const userRows = await tx
      .select({ id: t.users.id, email: t.users.email })
      .from(t.users)
      .where(inArray(t.users.email, [demoAccounts.admin.email, demoAccounts.patient.email, ...seedTherapists.map((th) => th.email)]));
    const userId = (email: string) => {
      const row = userRows.find((u) => u.email === email);
      if (!row) throw new Error(`seed: user ${email} is missing`);
      return row.id;
    };

    await tx
      .insert(t.therapists)
      .values(
        seedTherapists.map((th) => ({
          userId: userId(th.email),
          slug: th.slug,
          displayName: th.displayName,
          title: th.title,
          bio: th.bio,
          sortOrder: th.sortOrder,
        })),
      )
      .onConflictDoNothing();
    const therapistRows = await tx.select({ id: t.therapists.id, slug: t.therapists.slug }).from(t.therapists);

    for (const th of seedTherapists) {
      const therapist = therapistRows.find((row) => row.slug === th.slug);
      if (!therapist) throw new Error(`seed: therapist ${th.slug} is missing`);
      const [existing] = await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(t.availabilityRules)
        .where(eq(t.availabilityRules.therapistId, therapist.id));
      if ((existing?.n ?? 0) > 0) continue;
      await tx.insert(t.availabilityRules).values(
        th.hours.map((h) => ({ therapistId: therapist.id, weekday: h.weekday, startTime: h.start, endTime: h.end, validFrom: seedRulesValidFrom })),
      );
    }

    // The demo patient with an active plan in its second phase and two weeks of logs.
    await tx
      .insert(t.patients)
      .values({ userId: userId(demoAccounts.patient.email), ...demoPatientProfile })
      .onConflictDoNothing();
    const [patient] = await tx
      .select({ id: t.patients.id })
      .from(t.patients)
      .where(eq(t.patients.userId, userId(demoAccounts.patient.email)));
    if (!patient) throw new Error("seed: demo patient is missing");

    const [hasPlan] = await tx.select({ id: t.plans.id }).from(t.plans).where(eq(t.plans.patientId, patient.id)).limit(1);
    if (hasPlan) return;

    const therapistUserId = userId(demoAccounts.therapist.email);
    const [plan] = await tx
      .insert(t.plans)
      .values({ patientId: patient.id, createdBy: therapistUserId, title: hamstringPlanTitle, startedOn: amsterdamDate(now, -21), publishedAt: new Date(now.getTime() - 21 * DAY_MS) })
      .returning({ id: t.plans.id });
    if (!plan) throw new Error("seed: plan insert returned nothing");

    const exerciseRows = await tx.select({ id: t.exercises.id, slug: t.exercises.slug }).from(t.exercises);
    const exerciseBySlug = new Map(exerciseRows.map((e) => [e.slug, e.id]));
    const defaults = new Map(seedExercises.map((e) => [e.slug, e]));

    const phaseIds: string[] = [];
    for (const [index, phase] of hamstringTemplate.entries()) {
      const position = index + 1;
      const status = position === 1 ? "done" : position === 2 ? "current" : "upcoming";
      const [row] = await tx
        .insert(t.planPhases)
        .values({
          planId: plan.id,
          position,
          phaseKey: phase.key,
          title: phase.title,
          goal: phase.goal,
          exitCriteria: phase.exitCriteria,
          status,
          painMaxDuring: phase.painMaxDuring ?? 5,
          startedAt: position === 1 ? new Date(now.getTime() - 21 * DAY_MS) : position === 2 ? new Date(now.getTime() - 14 * DAY_MS) : null,
          completedAt: position === 1 ? new Date(now.getTime() - 14 * DAY_MS) : null,
          advancedBy: position === 1 ? therapistUserId : null,
          advanceChecklist: position === 1 ? phase.exitCriteria.map((criterion) => ({ criterion, met: true })) : null,
        })
        .returning({ id: t.planPhases.id });
      if (!row) throw new Error("seed: phase insert returned nothing");
      phaseIds.push(row.id);

      await tx.insert(t.planExercises).values(
        phase.exercises.map((item, i) => {
          const base = defaults.get(item.slug);
          const exerciseId = exerciseBySlug.get(item.slug);
          if (!base || !exerciseId) throw new Error(`seed: exercise ${item.slug} is not in the library`);
          return {
            phaseId: row.id,
            exerciseId,
            position: i + 1,
            sets: item.sets ?? base.defaultSets,
            reps: item.reps !== undefined ? item.reps : base.defaultReps,
            holdSeconds: item.holdSeconds !== undefined ? item.holdSeconds : base.defaultHoldSeconds,
            durationMinutes: base.defaultDurationMinutes ?? null,
            timesPerWeek: item.timesPerWeek ?? base.defaultTimesPerWeek,
            notes: item.notes ?? "",
          };
        }),
      );
    }

    // Published three weeks ago: its content is version 1 (migration 0019's snapshot function).
    await tx.execute(sql`insert into plan_versions (plan_id, version, content, published_by, published_at)
      select id, 1, keten_plan_snapshot(id), created_by, published_at from plans where id = ${plan.id}`);

    const currentPhaseId = phaseIds[1];
    if (!currentPhaseId) throw new Error("seed: the plan has no second phase");
    const loggedExercises = await tx
      .select({ id: t.planExercises.id, slug: t.exercises.slug })
      .from(t.planExercises)
      .innerJoin(t.exercises, eq(t.exercises.id, t.planExercises.exerciseId))
      .where(and(eq(t.planExercises.phaseId, currentPhaseId), inArray(t.exercises.slug, ["nordic-hamstring-curl", "bilbrug"])));

    // Three sessions a week over the last fourteen days, pain easing as the weeks go by; one skipped.
    const sessionDays = [-14, -12, -10, -7, -5, -3, -1];
    const logs = sessionDays.flatMap((offset, i) => {
      const logDate = amsterdamDate(now, offset);
      const skipped = offset === -10;
      const painDuring = skipped ? null : Math.max(1, 4 - Math.floor(i / 2));
      const painAfter = skipped ? null : Math.max(0, 3 - Math.floor(i / 2));
      const note = skipped ? "Geen tijd gehad, morgen weer." : i === 0 ? "Nordic curls voelden zwaar maar goed te doen." : "";
      return [
        { patientId: patient.id, phaseId: currentPhaseId, planExerciseId: null, logDate, done: !skipped, painDuring, painAfter, note },
        ...(skipped
          ? []
          : loggedExercises.map((pe) => ({
              patientId: patient.id,
              phaseId: currentPhaseId,
              planExerciseId: pe.id,
              logDate,
              done: true,
              painDuring,
              painAfter,
              note: "",
            }))),
      ];
    });
    await tx.insert(t.exerciseLogs).values(logs);
  });
}

/** Whether the demo accounts exist in this database (for the start-up message). */
export async function hasDemoAccounts(database: Executor): Promise<boolean> {
  const rows = await database.select({ id: t.users.id }).from(t.users).where(eq(t.users.email, demoAccounts.admin.email)).limit(1);
  return rows.length > 0;
}

/** Whether the database holds no users at all: a new installation that the embedded start-up seeds. */
export async function isEmpty(database: Executor): Promise<boolean> {
  const rows = await database.select({ id: t.users.id }).from(t.users).limit(1);
  return rows.length === 0;
}
