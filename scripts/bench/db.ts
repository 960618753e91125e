// Section `db`: the booking core on a fresh database of its own — embedded PGlite in memory, or (with
// DATABASE_URL) a new database on that server, dropped afterwards: free-slot search p50/p95 at 1k/10k/100k
// appointments, booking commits/s against raw INSERTs/s into a table of the same shape, same concurrency.
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { closeDatabase, databaseKind, db } from "@/db";
import { migrateDatabase } from "@/db/migrate";
import { appointments, availabilityRules, patients, practiceSettings, services, therapists, users } from "@/db/schema";
import { findFreeSlots } from "@/lib/data/availability";
import { bookAppointment } from "@/lib/data/booking";
import { addDays, instantAt, isoWeekday, todayIn } from "@/lib/time/zone";
import { INTAKE_FORM_VERSION, intakeSchema, type IntakeAnswers } from "@/lib/validation/intake";
import { intakeFields } from "@/tests/booking-payload";
import { rows } from "./table";

const THERAPISTS = 10;
const now = new Date();

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function setUpPractice(): Promise<{ serviceId: string; patientId: string; therapistIds: string[] }> {
  await db.insert(practiceSettings).values({ id: 1 }).onConflictDoNothing();
  const [service] = await db.insert(services).values({ slug: "bench-intake", kind: "intake", name: "Bewegingsketenanalyse", minutes: 60 }).returning({ id: services.id });
  const therapistIds: string[] = [];
  for (let i = 0; i < THERAPISTS; i++) {
    const [user] = await db.insert(users).values({ email: `therapeut${i}@bench.test`, role: "therapist" }).returning({ id: users.id });
    const [therapist] = await db
      .insert(therapists)
      .values({ userId: user!.id, slug: `therapeut-${i}`, displayName: `Therapeut ${i}`, title: "Fysiotherapeut", sortOrder: i })
      .returning({ id: therapists.id });
    therapistIds.push(therapist!.id);
    // Monday to Friday 08:00–18:00, wall clock.
    await db.insert(availabilityRules).values([1, 2, 3, 4, 5].map((weekday) => ({ therapistId: therapist!.id, weekday, startTime: "08:00", endTime: "18:00", validFrom: "2020-01-01" })));
  }
  const [user] = await db.insert(users).values({ email: "patient@bench.test", role: "patient" }).returning({ id: users.id });
  const [patient] = await db.insert(patients).values({ userId: user!.id, fullName: "Bench Patiënt", dateOfBirth: "1990-01-01" }).returning({ id: patients.id });
  return { serviceId: service!.id, patientId: patient!.id, therapistIds };
}

/**
 * Existing 30-minute appointments at 08:00, 10:00, 12:00, 14:00 and 16:00 of the working days, all therapists, from the end of the
 * booking horizon backwards: the horizon busy (each gap still fits one hour with its buffers), the rest history. `from` continues where the last
 * call stopped, so the sizes grow 1k → 10k → 100k on one database.
 */
async function addAppointments(context: Awaited<ReturnType<typeof setUpPractice>>, from: number, to: number): Promise<void> {
  const lastDay = addDays(todayIn(now), 56);
  const batch: (typeof appointments.$inferInsert)[] = [];
  const flush = async () => {
    if (batch.length) await db.insert(appointments).values(batch.splice(0));
  };
  let index = 0;
  for (let day = lastDay; index < to; day = addDays(day, -1)) {
    if (isoWeekday(day) > 5) continue;
    for (let slot = 0; slot < 20 && index < to; slot += 4) {
      for (let t = 0; t < THERAPISTS && index < to; t++, index++) {
        if (index < from) continue;
        const startsAt = instantAt(day, 8 * 60 + slot * 30);
        batch.push({ therapistId: context.therapistIds[t]!, patientId: context.patientId, serviceId: context.serviceId, startsAt, endsAt: new Date(startsAt.getTime() + 30 * 60_000) });
        if (batch.length >= 1000) await flush();
      }
    }
  }
  await flush();
}

async function measureFreeSlotSearch(label: string): Promise<void> {
  const timings: number[] = [];
  let slots = 0;
  for (let run = -3; run < 40; run++) {
    const started = performance.now();
    const result = await findFreeSlots({ serviceSlug: "bench-intake", therapistSlug: null, now });
    if (run >= 0) timings.push(performance.now() - started); // the first runs warm up the JIT and caches
    slots = result?.slots.length ?? 0;
  }
  timings.sort((a, b) => a - b);
  rows.push({
    measurement: `free-slot search, ${THERAPISTS} therapists × 8 weeks, ${label} appointments`,
    value: `p50 ${percentile(timings, 50).toFixed(1)} ms, p95 ${percentile(timings, 95).toFixed(1)} ms (${slots} free starts)`,
  });
}

function benchIntake(i: number): IntakeAnswers {
  const fields = intakeFields({ fullName: `Bench Boeker ${i}`, email: `boeker${i}@bench.test` });
  return intakeSchema(todayIn(now)).parse({ formVersion: String(INTAKE_FORM_VERSION), ...fields });
}

async function measureBookingsPerSecond(count: number, concurrency: number): Promise<number> {
  const search = await findFreeSlots({ serviceSlug: "bench-intake", therapistSlug: null, now });
  // Distinct slots that do not touch each other: per therapist, starts at least the service plus buffer apart.
  const lastStart = new Map<string, number>();
  const targets: { start: Date; therapist: string }[] = [];
  for (const slot of search!.slots) {
    for (const therapistId of slot.therapistIds) {
      if (targets.length >= count || slot.start < (lastStart.get(therapistId) ?? 0) + 70 * 60_000) continue;
      lastStart.set(therapistId, slot.start);
      targets.push({ start: new Date(slot.start), therapist: search!.therapists.find((t) => t.id === therapistId)!.slug });
      break;
    }
  }
  let booked = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < targets.length) {
        const i = next++;
        const target = targets[i]!;
        const outcome = await bookAppointment({ serviceSlug: "bench-intake", therapistSlug: target.therapist, startsAt: target.start, intake: benchIntake(i), idempotencyKey: `bench-${i}-${randomBytes(8).toString("hex")}` }, now);
        if (outcome.status === "booked") booked++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  rows.push({
    measurement: `bookings on distinct slots (${targets.length} attempts, ${concurrency} at a time)`,
    value: `${(booked / seconds).toFixed(1)} bookings/s (${booked} booked in ${seconds.toFixed(1)} s)`,
  });
  return booked / seconds;
}

/**
 * The floor under a booking: single-row INSERT statements, each its own commit, into a scratch table with
 * the appointments' columns, defaults and indexes (the exclusion constraint included), at the same
 * concurrency. A booking does more in its transaction (patient, lock, re-check, intake, outbox, audit).
 */
async function measureRawInserts(context: Awaited<ReturnType<typeof setUpPractice>>, count: number, concurrency: number, bookingsPerSecond: number): Promise<void> {
  await db.execute(sql.raw("create table bench_raw_appointments (like appointments including defaults including indexes)"));
  const base = Date.UTC(2040, 0, 1);
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = next++;
        const startsAt = new Date(base + i * 2 * 3_600_000);
        const endsAt = new Date(startsAt.getTime() + 60 * 60_000);
        await db.execute(sql`insert into bench_raw_appointments (therapist_id, patient_id, service_id, starts_at, ends_at, status, idempotency_key)
          values (${context.therapistIds[i % THERAPISTS]}, ${context.patientId}, ${context.serviceId}, ${startsAt.toISOString()}, ${endsAt.toISOString()}, 'confirmed', ${`raw-${i}`})`);
      }
    }),
  );
  const perSecond = count / ((performance.now() - started) / 1000);
  await db.execute(sql.raw("drop table bench_raw_appointments"));
  rows.push({ measurement: `raw single-row INSERTs, same shape (${count}, ${concurrency} at a time)`, value: `${perSecond.toFixed(1)} inserts/s` });
  rows.push({ measurement: "booking commits/s ÷ raw INSERTs/s", value: `${(bookingsPerSecond / perSecond).toFixed(3)} (a booking costs ${(perSecond / bookingsPerSecond).toFixed(1)} INSERTs)` });
}

export async function withBenchDatabase(work: () => Promise<void>): Promise<void> {
  const serverUrl = process.env.DATABASE_URL || undefined;
  let drop = async () => {};
  if (serverUrl) {
    const name = `keten_bench_${randomBytes(6).toString("hex")}`;
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database "${name}"`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    process.env.DATABASE_URL = url.toString();
    drop = async () => {
      const again = postgres(serverUrl, { max: 1, onnotice: () => {} });
      await again.unsafe(`drop database if exists "${name}" with (force)`);
      await again.end();
    };
  } else {
    process.env.PGLITE_DIR = "memory://";
  }
  try {
    await migrateDatabase();
    await work();
  } finally {
    await closeDatabase();
    await drop();
    if (serverUrl) process.env.DATABASE_URL = serverUrl;
  }
}

/** Runs the section; returns the database engine it ran on. */
export async function benchDatabase(): Promise<string> {
  let engine = "";
  await withBenchDatabase(async () => {
    engine = databaseKind();
    const context = await setUpPractice();
    let existing = 0;
    for (const [label, size] of [["1k", 1_000], ["10k", 10_000], ["100k", 100_000]] as const) {
      await addAppointments(context, existing, size);
      existing = size;
      await measureFreeSlotSearch(label);
    }
    const concurrency = databaseKind() === "postgres" ? 8 : 1;
    const bookings = await measureBookingsPerSecond(200, concurrency);
    await measureRawInserts(context, 1000, concurrency, bookings);
  });
  return engine;
}
