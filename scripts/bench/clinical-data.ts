// The clinical section's database (issue 17): 10k patients and 100k appointments (10 therapists, eight a day,
// going back about three and a half years; each day's first is an analysis with an intake, every fifth of those
// with warning signs, as in the demo practice: the agenda audits each intake it shows), one SQL fill shared by the function rows (a fresh bench database
// on either engine) and the page rows (an embedded database served by `next start`, clinical-pages-data.ts).
import { sql } from "drizzle-orm";
import { db } from "@/db";
import { practiceSettings } from "@/db/schema";

export const CLINICAL_PATIENTS = 10_000;
export const CLINICAL_APPOINTMENTS = 100_000;
export const CLINICAL_THERAPISTS = 10;
/** The therapist the bench acts as (therapist 1 of the fill). */
export const CLINICAL_THERAPIST_EMAIL = "therapeut1@bench.test";

export function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/** Fills an empty, migrated database; returns the bench therapist's user id and the busiest patient's id. */
export async function fillClinical(): Promise<{ therapistUserId: string; patientId: string }> {
  await db.insert(practiceSettings).values({ id: 1 }).onConflictDoNothing();
  await db.execute(sql`insert into services (slug, kind, name, minutes) values ('vervolg', 'follow_up', 'Vervolgbehandeling', 45)`);
  await db.execute(sql`insert into users (email, role) select 'therapeut' || g || '@bench.test', 'therapist' from generate_series(1, ${CLINICAL_THERAPISTS}) g`);
  await db.execute(sql`insert into therapists (user_id, slug, display_name, title, sort_order)
    select id, 'therapeut-' || row_number() over (order by email), 'Therapeut ' || row_number() over (order by email), 'Fysiotherapeut', 0 from users where role = 'therapist'`);
  await db.execute(sql`insert into availability_rules (therapist_id, weekday, start_time, end_time, valid_from)
    select t.id, d, '08:00', '17:00', '2020-01-01' from therapists t cross join generate_series(1, 5) d`);
  await db.execute(sql`insert into users (email, role) select 'patient' || g || '@bench.test', 'patient' from generate_series(1, ${CLINICAL_PATIENTS}) g`);
  await db.execute(sql`insert into patients (user_id, full_name, date_of_birth) select id, 'Patiënt ' || substr(email, 8, position('@' in email) - 8), '1985-06-15' from users where role = 'patient'`);
  // Appointment k of therapist t: eight a day from 08:00, day after day backwards from next week.
  await db.execute(sql`
    with t as (select id, row_number() over (order by slug) - 1 as n from therapists),
         p as (select id, row_number() over (order by id) - 1 as n from patients),
         s as (select id from services limit 1),
         g as (select g as i from generate_series(0, ${CLINICAL_APPOINTMENTS - 1}) g)
    insert into appointments (therapist_id, patient_id, service_id, starts_at, ends_at, status, cancelled_at)
    select t.id, p.id, s.id,
           date_trunc('day', now()) + interval '7 days' - ((g.i / ${CLINICAL_THERAPISTS}) / 8) * interval '1 day' + (8 + (g.i / ${CLINICAL_THERAPISTS}) % 8) * interval '1 hour',
           date_trunc('day', now()) + interval '7 days' - ((g.i / ${CLINICAL_THERAPISTS}) / 8) * interval '1 day' + (8 + (g.i / ${CLINICAL_THERAPISTS}) % 8) * interval '1 hour' + interval '45 minutes',
           case when g.i % 23 = 0 then 'no_show'::appointment_status when g.i % 17 = 0 then 'cancelled'::appointment_status else 'attended'::appointment_status end,
           case when g.i % 23 <> 0 and g.i % 17 = 0 then date_trunc('day', now()) - interval '1 year' end
    from g join t on t.n = g.i % ${CLINICAL_THERAPISTS} join p on p.n = (g.i * 7919) % ${CLINICAL_PATIENTS} cross join s`);
  // The day's first appointment (08:00) of each therapist is an analysis with an intake.
  await db.execute(sql`
    insert into intakes (patient_id, appointment_id, form_version, complaint_location, complaint_side, onset, pain_now, pain_worst, triage_outcome, red_flags, answers, consent_at)
    select a.patient_id, a.id, 1, 'hamstring', 'left', 'acute', 3, 6,
           case when n % 10 = 0 then 'see_soon'::triage_outcome else 'book_analysis'::triage_outcome end,
           case when n % 10 = 0 then '["pop"]'::jsonb when n % 10 = 5 then '["cramp_long"]'::jsonb else '[]'::jsonb end,
           '{}'::jsonb, a.starts_at - interval '7 days'
    from (select id, patient_id, starts_at, row_number() over (order by starts_at, id) as n from appointments
          where starts_at - date_trunc('day', starts_at) = interval '8 hours') a`);
  await db.execute(sql`analyze`);
  const [therapist] = rowsOf<{ id: string }>(await db.execute(sql`select id from users where email = ${CLINICAL_THERAPIST_EMAIL}`));
  const [patient] = rowsOf<{ id: string }>(await db.execute(sql`select patient_id as id from appointments group by patient_id order by count(*) desc limit 1`));
  return { therapistUserId: therapist!.id, patientId: patient!.id };
}

/** The bench therapist's login on the served database (staff log in with a second factor, decision 009). */
export const CLINICAL_LOGIN = { email: CLINICAL_THERAPIST_EMAIL, password: "bench-therapeut-wachtwoord", totpSecret: "KETENBENCHTHERAPEUTTWEESTAPSCODE" } as const;
