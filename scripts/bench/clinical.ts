// Section `clinical` (issue 17): the server time of the workspace's agenda week (all therapists) and of a
// patient's record page (profile, intakes, appointments, assessments, plan, and the timeline), on a fresh
// database with 10k patients and 100k appointments (10 therapists, eight a day, going back about three and a
// half years). p50/p95 over 30 runs after warming up; the goal is p95 ≤ 100 ms.
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import { databaseKind, db } from "@/db";
import { practiceSettings } from "@/db/schema";
import { listAgenda } from "@/lib/data/staff/agenda";
import { getPatientRecord } from "@/lib/data/staff/patients";
import { getPatientTimeline } from "@/lib/data/staff/timeline";
import { addDays, startOfIsoWeek, todayIn } from "@/lib/time/zone";
import { sessionFor } from "@/tests/sessions";
import { withBenchDatabase } from "./db";
import { rows } from "./table";

const PATIENTS = 10_000;
const APPOINTMENTS = 100_000;
const THERAPISTS = 10;

async function fill(): Promise<{ therapistUserId: string; patientId: string }> {
  await db.insert(practiceSettings).values({ id: 1 }).onConflictDoNothing();
  await db.execute(sql`insert into services (slug, kind, name, minutes) values ('vervolg', 'follow_up', 'Vervolgbehandeling', 45)`);
  await db.execute(sql`insert into users (email, role) select 'therapeut' || g || '@bench.test', 'therapist' from generate_series(1, ${THERAPISTS}) g`);
  await db.execute(sql`insert into therapists (user_id, slug, display_name, title, sort_order)
    select id, 'therapeut-' || row_number() over (order by email), 'Therapeut ' || row_number() over (order by email), 'Fysiotherapeut', 0 from users where role = 'therapist'`);
  await db.execute(sql`insert into availability_rules (therapist_id, weekday, start_time, end_time, valid_from)
    select t.id, d, '08:00', '17:00', '2020-01-01' from therapists t cross join generate_series(1, 5) d`);
  await db.execute(sql`insert into users (email, role) select 'patient' || g || '@bench.test', 'patient' from generate_series(1, ${PATIENTS}) g`);
  await db.execute(sql`insert into patients (user_id, full_name, date_of_birth) select id, 'Patiënt ' || substr(email, 8, position('@' in email) - 8), '1985-06-15' from users where role = 'patient'`);
  // Appointment k of therapist t: eight a day from 08:00, day after day backwards from next week.
  await db.execute(sql`
    with t as (select id, row_number() over (order by slug) - 1 as n from therapists),
         p as (select id, row_number() over (order by id) - 1 as n from patients),
         s as (select id from services limit 1),
         g as (select g as i from generate_series(0, ${APPOINTMENTS - 1}) g)
    insert into appointments (therapist_id, patient_id, service_id, starts_at, ends_at, status, cancelled_at)
    select t.id, p.id, s.id,
           date_trunc('day', now()) + interval '7 days' - ((g.i / ${THERAPISTS}) / 8) * interval '1 day' + (8 + (g.i / ${THERAPISTS}) % 8) * interval '1 hour',
           date_trunc('day', now()) + interval '7 days' - ((g.i / ${THERAPISTS}) / 8) * interval '1 day' + (8 + (g.i / ${THERAPISTS}) % 8) * interval '1 hour' + interval '45 minutes',
           case when g.i % 23 = 0 then 'no_show'::appointment_status when g.i % 17 = 0 then 'cancelled'::appointment_status else 'attended'::appointment_status end,
           case when g.i % 23 <> 0 and g.i % 17 = 0 then date_trunc('day', now()) - interval '1 year' end
    from g join t on t.n = g.i % ${THERAPISTS} join p on p.n = (g.i * 7919) % ${PATIENTS} cross join s`);
  await db.execute(sql`analyze`);
  const [therapist] = rowsOf<{ id: string }>(await db.execute(sql`select id from users where email = 'therapeut1@bench.test'`));
  const [patient] = rowsOf<{ id: string }>(await db.execute(sql`select patient_id as id from appointments group by patient_id order by count(*) desc limit 1`));
  return { therapistUserId: therapist!.id, patientId: patient!.id };
}

function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

async function time(label: string, run: () => Promise<unknown>): Promise<void> {
  const timings: number[] = [];
  for (let i = -3; i < 30; i++) {
    const started = performance.now();
    await run();
    if (i >= 0) timings.push(performance.now() - started);
  }
  timings.sort((a, b) => a - b);
  const p = (q: number) => timings[Math.min(timings.length - 1, Math.ceil(q * timings.length) - 1)]!;
  rows.push({ measurement: label, value: `p50 ${p(0.5).toFixed(1)} ms, p95 ${p(0.95).toFixed(1)} ms` });
}

export async function benchClinical(): Promise<void> {
  await withBenchDatabase(async () => {
    const { therapistUserId, patientId } = await fill();
    const session = await sessionFor(therapistUserId);
    const monday = startOfIsoWeek(todayIn(new Date()));
    const kind = databaseKind();
    await time(`agenda week, all 10 therapists (${kind}, 100k appts, 10k patients)`, () => listAgenda(session, { fromDate: monday, toDate: addDays(monday, 6), therapist: "all" }));
    await time(`patient record + timeline (${kind}, 100k appts, 10k patients)`, async () => {
      await getPatientRecord(session, patientId);
      await getPatientTimeline(session, patientId);
    });
  });
}
