import { and, eq, like, sql } from "drizzle-orm";
import type { Database, Executor } from "./index";
import * as t from "./schema";
import { localDate, localInstant, minutesOf, weekdayOf } from "./seed-data/demo-clock";
import { demoAccounts } from "./seed-data/demo";
import { attentionAnswers, followUpNote, jorisPatients, lotteAssessments, lotteNotes, lotteOutcomes, lottePhaseOneLogs, newcomer, plainAnswers, sannePatients, urgentAnswers, type DemoWeekPatient } from "./seed-data/demo-week";
import { seedTherapists } from "./seed-data/practice";

/**
 * The demo practice around "today" (issue 17, point 10): both therapists' agendas from four days ago until
 * the end of next week's first days, with new analyses and follow-ups, past ones attended, one no-show and one
 * cancellation, an intake with urgent warning signs and one with an attention sign, and Lotte Visser's history
 * (her analysis, two assessments showing progress, visits at her phase change, a first week of logs). Runs
 * after `seedDatabase`; only on a database without the demo week (idempotent). No password hashing: the
 * agenda's patients have no portal account yet, so this adds milliseconds to a cold start.
 */
type Kind = "intake" | "follow_up";
type Slot = { therapist: "sanne" | "joris"; date: string; start: number; kind: Kind };

const MINUTES: Record<Kind, number> = { intake: 60, follow_up: 30 };
/** A day's pattern: one new analysis, then follow-ups with room between them; the last hour stays free. */
const PATTERN: { at: number; kind: Kind }[] = [
  { at: 0, kind: "intake" },
  { at: 90, kind: "follow_up" },
  { at: 135, kind: "follow_up" },
  { at: 240, kind: "follow_up" },
  { at: 330, kind: "follow_up" },
];

function hoursOn(who: "sanne" | "joris", date: string) {
  const therapist = seedTherapists[who === "sanne" ? 0 : 1];
  const h = therapist.hours.find((x) => x.weekday === weekdayOf(date));
  return h ? { start: minutesOf(h.start), end: minutesOf(h.end) } : null;
}

function weekSlots(now: Date): Slot[] {
  const today = localDate(now);
  const weekday = weekdayOf(today);
  const first = Math.min(-4, 1 - weekday);
  const last = Math.max(5, 7 - weekday);
  const slots: Slot[] = [];
  for (let offset = first; offset <= last; offset++) {
    const date = localDate(now, offset);
    for (const who of ["sanne", "joris"] as const) {
      const hours = hoursOn(who, date);
      if (!hours) continue;
      for (const step of PATTERN) {
        const start = hours.start + step.at;
        if (start + MINUTES[step.kind] <= hours.end - 60) slots.push({ therapist: who, date, start, kind: step.kind });
      }
    }
  }
  return slots;
}

/** Sanne's working day on or before `daysAgo` days back, and the start of her last hour that day. */
function sanneDayBefore(now: Date, daysAgo: number): { date: string; end: number } {
  for (let back = daysAgo; back < daysAgo + 7; back++) {
    const date = localDate(now, -back);
    const hours = hoursOn("sanne", date);
    if (hours) return { date, end: hours.end };
  }
  throw new Error("seed: Sanne works no day in a week");
}

export async function hasDemoWeek(database: Executor): Promise<boolean> {
  const rows = await database.select({ id: t.users.id }).from(t.users).where(like(t.users.email, "%@demo.keten.test")).limit(1);
  return rows.length > 0;
}

export async function seedDemoPractice(database: Database, options: { now?: Date } = {}): Promise<void> {
  const now = options.now ?? new Date();
  await database.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('keten.seed'))`);
    if (await hasDemoWeek(tx)) return;

    const therapistRows = await tx.select({ id: t.therapists.id, slug: t.therapists.slug, userId: t.therapists.userId }).from(t.therapists);
    const therapist = (who: "sanne" | "joris") => {
      const row = therapistRows.find((r) => r.slug === seedTherapists[who === "sanne" ? 0 : 1].slug);
      if (!row) throw new Error("seed: run seedDatabase before seedDemoPractice");
      return row;
    };
    const serviceRows = await tx.select({ id: t.services.id, kind: t.services.kind }).from(t.services);
    const serviceId = (kind: Kind) => serviceRows.find((s) => s.kind === kind)!.id;
    const [lotte] = await tx
      .select({ id: t.patients.id })
      .from(t.patients)
      .innerJoin(t.users, eq(t.users.id, t.patients.userId))
      .where(eq(t.users.email, demoAccounts.patient.email));
    if (!lotte) throw new Error("seed: the demo patient is missing");

    const slots = weekSlots(now);
    const future = slots.filter((s) => localInstant(s.date, s.start) > now);
    const firstFutureFollowUp = (whose: "sanne" | "joris") => future.find((s) => s.kind === "follow_up" && s.therapist === whose && s.date > localDate(now));
    const lotteNext = firstFutureFollowUp("sanne");
    const cancelled = firstFutureFollowUp("joris");
    const noShow = slots.filter((s) => s.kind === "follow_up" && localInstant(s.date, s.start + 30) <= now).at(-1);
    const futureIntakes = future.filter((s) => s.kind === "intake");
    const urgent = futureIntakes[0];
    const attention = futureIntakes.find((s) => s !== urgent && s.therapist !== urgent?.therapist) ?? futureIntakes[1];

    // Who comes: a new patient for each analysis, the therapist's own returning patients for follow-ups.
    const next = { sanne: 0, joris: 0 };
    let newcomers = 0;
    const who = slots.map((slot) => {
      if (slot.kind === "intake") return newcomer(newcomers++);
      const pool = slot.therapist === "sanne" ? sannePatients : jorisPatients;
      return pool[next[slot.therapist]++ % pool.length]!;
    });
    const all = [...new Map([...sannePatients, ...jorisPatients, ...who].map((p) => [p.email, p])).values()];
    // An account without a password: they would activate it from their booking e-mail.
    const users = await tx
      .insert(t.users)
      .values(all.map((p) => ({ email: p.email, role: "patient" as const, createdAt: new Date(now.getTime() - 30 * 86_400_000) })))
      .returning({ id: t.users.id, email: t.users.email });
    const userIds = new Map(users.map((u) => [u.email, u.id]));
    const patientRows = await tx
      .insert(t.patients)
      .values(all.map((p) => ({ userId: userIds.get(p.email)!, fullName: p.name, dateOfBirth: p.dateOfBirth, phone: p.phone })))
      .returning({ id: t.patients.id, userId: t.patients.userId });
    const byUser = new Map(patientRows.map((r) => [r.userId, r.id]));
    const patientId = (p: DemoWeekPatient) => byUser.get(userIds.get(p.email)!)!;

    for (const [index, slot] of slots.entries()) {
      const isLotte = slot === lotteNext;
      const p = who[index]!;
      const startsAt = localInstant(slot.date, slot.start);
      const endsAt = localInstant(slot.date, slot.start + MINUTES[slot.kind]);
      const past = endsAt <= now;
      const status = slot === cancelled ? "cancelled" : slot === noShow ? "no_show" : past ? "attended" : "confirmed";
      const [appointment] = await tx
        .insert(t.appointments)
        .values({
          therapistId: therapist(slot.therapist).id,
          patientId: isLotte ? lotte.id : patientId(p),
          serviceId: serviceId(slot.kind),
          startsAt,
          endsAt,
          status,
          cancelledAt: status === "cancelled" ? new Date(now.getTime() - 20 * 3_600_000) : null,
          cancellationReason: status === "cancelled" ? "Patiënt belde af: griep." : null,
          createdAt: new Date(startsAt.getTime() - 9 * 86_400_000),
        })
        .returning({ id: t.appointments.id });
      if (status === "attended" && slot.kind === "follow_up" && !isLotte && index % 2 === 0) {
        const author = therapist(slot.therapist).userId;
        const [note] = await tx.insert(t.visitNotes).values({ patientId: patientId(p), appointmentId: appointment!.id, createdBy: author, createdAt: endsAt }).returning({ id: t.visitNotes.id });
        await tx.insert(t.visitNoteRevisions).values({ noteId: note!.id, revision: 1, authorId: author, ...followUpNote(p), createdAt: endsAt });
      }
      if (slot.kind !== "intake" || isLotte) continue;
      const answers = slot === urgent ? urgentAnswers(p) : slot === attention ? attentionAnswers(p) : plainAnswers(p);
      const redFlags =
        slot === urgent ? ["pop", "swelling_or_bruising", "walking_hard"] : slot === attention ? ["cramp_increasing", "cramp_minimal_effort", "one_leg_much_more", "no_improvement_after_rest"] : [];
      await tx.insert(t.intakes).values({
        patientId: patientId(p),
        appointmentId: appointment!.id,
        formVersion: 1,
        complaintLocation: "hamstring",
        complaintSide: p.side,
        onset: answers.onset as "acute" | "gradual",
        painNow: answers.painNow,
        painWorst: answers.painWorst,
        triageOutcome: slot === urgent ? "see_soon" : "book_analysis",
        redFlags,
        answers,
        consentAt: new Date(startsAt.getTime() - 9 * 86_400_000),
      });
    }

    await seedLotteHistory(tx, now, { lotteId: lotte.id, sanne: therapist("sanne"), serviceId });
  });
}

type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];

async function seedLotteHistory(
  tx: Tx,
  now: Date,
  ctx: { lotteId: string; sanne: { id: string; userId: string }; serviceId: (kind: Kind) => string },
): Promise<void> {
  const visits = [
    { daysAgo: 22, kind: "intake" as const },
    { daysAgo: 14, kind: "follow_up" as const },
    { daysAgo: 7, kind: "follow_up" as const },
  ];
  const appointmentIds = new Map<number, string>();
  for (const visit of visits) {
    const day = sanneDayBefore(now, visit.daysAgo);
    const start = day.end - MINUTES[visit.kind];
    const [row] = await tx
      .insert(t.appointments)
      .values({
        therapistId: ctx.sanne.id,
        patientId: ctx.lotteId,
        serviceId: ctx.serviceId(visit.kind),
        startsAt: localInstant(day.date, start),
        endsAt: localInstant(day.date, day.end),
        status: "attended",
      })
      .returning({ id: t.appointments.id, startsAt: t.appointments.startsAt });
    appointmentIds.set(visit.daysAgo, row!.id);
    const text = lotteNotes[visit.daysAgo];
    if (!text) continue;
    const written = localInstant(day.date, day.end);
    const [note] = await tx.insert(t.visitNotes).values({ patientId: ctx.lotteId, appointmentId: row!.id, createdBy: ctx.sanne.userId, createdAt: written }).returning({ id: t.visitNotes.id });
    const { amendment, ...content } = text;
    await tx.insert(t.visitNoteRevisions).values({ noteId: note!.id, revision: 1, authorId: ctx.sanne.userId, ...content, createdAt: written });
    if (amendment) {
      await tx.insert(t.visitNoteRevisions).values({
        noteId: note!.id,
        revision: 2,
        authorId: ctx.sanne.userId,
        ...content,
        examination: amendment.examination,
        amendmentReason: amendment.reason,
        createdAt: new Date(written.getTime() + 15 * 3_600_000),
      });
    }
  }

  for (const a of lotteAssessments) {
    const at = new Date(now.getTime() - a.daysAgo * 86_400_000);
    const [assessment] = await tx
      .insert(t.assessments)
      .values({ patientId: ctx.lotteId, appointmentId: appointmentIds.get(a.daysAgo) ?? null, createdBy: ctx.sanne.userId, createdAt: at })
      .returning({ id: t.assessments.id });
    // The first assessment was amended the next morning: the right leg's strength had been copied wrongly.
    const versions = a.daysAgo === 22 ? [{ right: 168, reason: "" }, { right: 186, reason: "Krachtmeting rechts verkeerd overgenomen van het meetblad; gecorrigeerd." }] : [{ right: null, reason: "" }];
    for (const [index, version] of versions.entries()) {
      const [revision] = await tx
        .insert(t.assessmentRevisions)
        .values({
          assessmentId: assessment!.id,
          revision: index + 1,
          authorId: ctx.sanne.userId,
          gradeEstimate: a.gradeEstimate,
          conclusion: a.conclusion,
          weakLinks: [...a.weakLinks],
          notes: a.notes,
          amendmentReason: version.reason,
          createdAt: new Date(at.getTime() + index * 16 * 3_600_000),
        })
        .returning({ id: t.assessmentRevisions.id });
      await tx.insert(t.assessmentFindings).values(
        a.findings.map((f) => ({
          revisionId: revision!.id,
          link: f.link,
          rating: f.rating,
          findings: f.findings,
          measures: f.link === "hamstring" && version.right !== null ? { ...f.measures, strengthRight: version.right } : { ...f.measures },
        })),
      );
    }
  }

  const [lotteUser] = await tx.select({ userId: t.patients.userId }).from(t.patients).where(eq(t.patients.id, ctx.lotteId));
  for (const o of lotteOutcomes) {
    const at = new Date(now.getTime() - o.daysAgo * 86_400_000);
    const by = o.byPatient ? { recordedBy: lotteUser!.userId, recordedByRole: "patient" } : { recordedBy: ctx.sanne.userId, recordedByRole: "therapist" };
    const average = Math.round((o.psk.reduce((sum, i) => sum + i.score, 0) / o.psk.length) * 10);
    await tx.insert(t.outcomeMeasures).values([
      { patientId: ctx.lotteId, kind: "psk", moment: o.moment, value: average, items: o.psk.map((i) => ({ ...i })), createdAt: at, ...by },
      { patientId: ctx.lotteId, kind: "nprs", moment: o.moment, value: o.nprs, createdAt: at, ...by },
    ]);
  }
  // Her current phase also asks for the PSK to have come down: a criterion checked like the strength one.
  await tx.execute(sql`update plan_phases set exit_criteria = exit_criteria || '["PSK gemiddeld ≤ 3"]'::jsonb
    where position = 2 and plan_id in (select id from plans where patient_id = ${ctx.lotteId})`);
  // That change reached her as version 2 of the plan, two days ago ("Wat is er veranderd" in her portal).
  await tx.execute(sql`insert into plan_versions (plan_id, version, content, published_by, published_at)
    select p.id, 2, keten_plan_snapshot(p.id), ${ctx.sanne.userId}, ${new Date(now.getTime() - 2 * 86_400_000).toISOString()}::timestamptz
    from plans p where p.patient_id = ${ctx.lotteId} and p.published_at is not null
      and not exists (select 1 from plan_versions v where v.plan_id = p.id and v.version = 2)`);

  const [firstPhase] = await tx
    .select({ id: t.planPhases.id })
    .from(t.planPhases)
    .innerJoin(t.plans, eq(t.plans.id, t.planPhases.planId))
    .where(and(eq(t.plans.patientId, ctx.lotteId), eq(t.planPhases.position, 1)));
  if (firstPhase) {
    await tx.insert(t.exerciseLogs).values(
      lottePhaseOneLogs.map((log) => ({
        patientId: ctx.lotteId,
        phaseId: firstPhase.id,
        planExerciseId: null,
        logDate: localDate(now, -log.daysAgo),
        done: true,
        painDuring: log.painDuring,
        painAfter: log.painAfter,
        note: log.note,
      })),
    );
  }
}
