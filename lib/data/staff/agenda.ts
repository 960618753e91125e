import "server-only";
import { cancelReasonInWords } from "@/lib/booking/cancellation";
import { and, asc, eq, gte, lt, ne, sql } from "drizzle-orm";
import { db } from "@/db";
import { appointments, intakes, patients, services, therapists, visitNotes, type AppointmentStatus, type TriageOutcome } from "@/db/schema";
import { requireStaff, type SessionLike, type StaffActor } from "@/lib/auth/actor";
import { workingPeriods } from "@/lib/booking/working-hours";
import { addDays, instantAt, todayIn, wallClockAt } from "@/lib/time/zone";
import { loadWorkingHours } from "../availability";
import { audit, auditMany } from "../audit";
import { appointmentJoins } from "../internal/query-shapes";
import { isUuid } from "../patient-scope";
import { getBookingSettings } from "../practice-settings";
import type { TherapistFlag } from "@/lib/plans/pain-rule";
import { painFlagsFor } from "../pain-flags";

/**
 * The workspace agenda: one therapist's (or everyone's) appointments between two local dates, and marking
 * an appointment attended or no-show. Staff only. An entry shows whether its intake has warning signs, which
 * is a read of that intake: each one shown gets its audit event in the same transaction as the read.
 *
 * Marking: a therapist marks their own appointments, an admin any (the admin runs the front desk). Only an
 * appointment that has started, or is today, can be marked; a cancelled one never. A mark can be corrected
 * (attended ↔ no-show); every mark is audited with the previous status.
 */
export type AgendaTherapist = { id: string; slug: string; displayName: string };

export type AgendaEntry = {
  id: string;
  startsAt: Date;
  endsAt: Date;
  status: AppointmentStatus;
  /** What the patient gave as the reason when they cancelled (empty when none). */
  cancellationReason: string | null;
  serviceName: string;
  therapist: AgendaTherapist;
  patient: { id: string; name: string };
  intake: { id: string; triageOutcome: TriageOutcome; redFlags: string[]; warning: boolean } | null;
  /** Whether this staff member may mark it attended or no-show now. */
  canMark: boolean;
  /** Whether the visit already has a note. */
  hasNote: boolean;
  /** The pain rule's flag for this patient (lib/plans/pain-rule.ts), when raised. */
  painFlag: TherapistFlag | null;
};

/** A therapist's working hours on one local date, minutes since midnight (for the time grid's free time). */
export type AgendaHours = { therapistId: string; date: string; start: number; end: number };

export type AgendaQuery = {
  /** First and last local date (inclusive), YYYY-MM-DD. */
  fromDate: string;
  toDate: string;
  /** A therapist's slug, "all", or undefined for the default (own agenda for a therapist, all for others). */
  therapist?: string;
  includeCancelled?: boolean;
};

export type Agenda = {
  entries: AgendaEntry[];
  therapists: AgendaTherapist[];
  /** The therapist shown, or null for all. */
  selected: AgendaTherapist | null;
  today: string;
  hours: AgendaHours[];
};

/** One appointment of the week's JSON: id, start and end (epoch ms), status, cancellation reason, service, therapist, patient, patient's name, intake (id, outcome, red flags), note id. */
type AgendaRow = [
  id: string,
  startsAt: number | string,
  endsAt: number | string,
  status: AppointmentStatus,
  cancellationReason: string | null,
  serviceName: string,
  therapistId: string,
  patientId: string,
  patientName: string,
  intakeId: string | null,
  triageOutcome: TriageOutcome | null,
  redFlags: string[] | null,
  noteId: string | null,
];

/** The longest range one request may list, so a crafted URL cannot ask for years of appointments. */
const MAX_DAYS = 7;

function isMarkable(entry: { startsAt: Date; status: AppointmentStatus; therapistId: string }, actor: StaffActor, now: Date, zone: string): boolean {
  if (entry.status === "cancelled") return false;
  if (actor.role !== "admin" && entry.therapistId !== actor.therapistId) return false;
  return entry.startsAt.getTime() <= now.getTime() || wallClockAt(entry.startsAt, zone).date === todayIn(now, zone);
}

export async function listAgenda(session: SessionLike, query: AgendaQuery, now = new Date()): Promise<Agenda> {
  const actor = await requireStaff(session);
  const settings = await getBookingSettings();
  const zone = settings.timeZone;
  const fromDate = query.fromDate;
  const toDate = query.toDate < fromDate ? fromDate : query.toDate > addDays(fromDate, MAX_DAYS - 1) ? addDays(fromDate, MAX_DAYS - 1) : query.toDate;
  const from = instantAt(fromDate, 0, zone);
  const to = instantAt(addDays(toDate, 1), 0, zone);

  const allTherapists = await db
    .select({ id: therapists.id, slug: therapists.slug, displayName: therapists.displayName })
    .from(therapists)
    .orderBy(asc(therapists.sortOrder), asc(therapists.displayName));
  const own = allTherapists.find((t) => t.id === actor.therapistId) ?? null;
  const selected =
    query.therapist === "all" ? null : (allTherapists.find((t) => t.slug === query.therapist) ?? (query.therapist === undefined && actor.role !== "admin" ? own : null));

  return db.transaction(async (tx) => {
    // The week as one JSON value (json_agg): everyone's week is 500+ rows, and on PGlite decoding them column by
    // column cost twice the query (12 → 7 ms warm, npm run bench, clinical); JSON.parse is native. Times come as
    // epoch milliseconds, the therapist from the list above. The patient's name is a subquery per row, not a
    // join: a join hashes the whole patients table (10k rows) to name a week's few hundred appointments.
    const [week] = await tx
      .select({
        rows: sql<AgendaRow[] | string>`coalesce(json_agg(json_build_array(
          ${appointments.id},
          (extract(epoch from ${appointments.startsAt}) * 1000)::bigint,
          (extract(epoch from ${appointments.endsAt}) * 1000)::bigint,
          ${appointments.status},
          ${appointments.cancellationReason},
          ${services.name},
          ${appointments.therapistId},
          ${appointments.patientId},
          (select ${patients.fullName} from ${patients} where ${patients.id} = ${appointments.patientId}),
          ${intakes.id},
          ${intakes.triageOutcome},
          ${intakes.redFlags},
          ${visitNotes.id}
        ) order by ${appointments.startsAt}), '[]')`,
      })
      .from(appointments)
      .innerJoin(services, appointmentJoins.service)
      .leftJoin(intakes, eq(intakes.appointmentId, appointments.id))
      .leftJoin(visitNotes, eq(visitNotes.appointmentId, appointments.id))
      .where(
        and(
          gte(appointments.startsAt, from),
          lt(appointments.startsAt, to),
          selected ? eq(appointments.therapistId, selected.id) : undefined,
          query.includeCancelled ? undefined : ne(appointments.status, "cancelled"),
        ),
      );
    const therapistsById = new Map(allTherapists.map((t, order) => [t.id, { therapist: t, order }]));
    const rows = (typeof week?.rows === "string" ? (JSON.parse(week.rows) as AgendaRow[]) : (week?.rows ?? []))
      .map(([id, startsAt, endsAt, status, cancellationReason, serviceName, therapistId, patientId, patientName, intakeId, triageOutcome, redFlags, noteId]) => {
        const { therapist, order } = therapistsById.get(therapistId)!;
        return { id, startsAt: new Date(Number(startsAt)), endsAt: new Date(Number(endsAt)), status, cancellationReason, serviceName, therapistId, therapist, order, patientId, patientName, intakeId, triageOutcome, redFlags, noteId };
      })
      // In time, then in the therapists' order (sort is stable).
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.order - b.order);
    await auditMany(
      tx,
      actor,
      rows.flatMap((row) =>
        row.intakeId ? [{ action: "intake.viewed", patientId: row.patientId, recordType: "intake", recordId: row.intakeId, details: { view: "agenda", shown: "warning_signs" } }] : [],
      ),
    );
    const painFlags = await painFlagsFor(tx, rows.map((row) => row.patientId), todayIn(now, zone));
    const entries = rows.map((row): AgendaEntry => {
      const redFlags = row.redFlags ?? [];
      return {
        id: row.id,
        startsAt: row.startsAt,
        endsAt: row.endsAt,
        status: row.status,
        cancellationReason: row.status === "cancelled" ? cancelReasonInWords(row.cancellationReason) : null,
        serviceName: row.serviceName,
        therapist: row.therapist,
        patient: { id: row.patientId, name: row.patientName },
        intake:
          row.intakeId && row.triageOutcome
            ? { id: row.intakeId, triageOutcome: row.triageOutcome, redFlags, warning: redFlags.length > 0 || row.triageOutcome === "see_soon" }
            : null,
        canMark: isMarkable(row, actor, now, zone),
        hasNote: row.noteId !== null,
        painFlag: painFlags.get(row.patientId) ?? null,
      };
    });
    const shown = selected ? [selected] : allTherapists;
    const schedules = await loadWorkingHours(tx, shown.map((t) => t.id), fromDate, toDate, zone);
    const hours = schedules.flatMap((schedule) =>
      workingPeriods(schedule.rules, schedule.exceptions, fromDate, toDate, zone).map((period) => {
        const start = wallClockAt(period.start, zone);
        const end = wallClockAt(period.end, zone);
        return { therapistId: schedule.therapistId, date: start.date, start: start.minutes, end: end.date === start.date ? end.minutes : 24 * 60 };
      }),
    );
    return { entries, therapists: allTherapists, selected, today: todayIn(now, zone), hours };
  });
}

export type AttendanceMark = "attended" | "no_show";

export type MarkOutcome =
  | { status: "marked"; mark: AttendanceMark; startsAt: Date; patientName: string }
  | { status: "refused"; reason: "cancelled" | "future" | "not_own" }
  | { status: "not_found" };

class Refusal extends Error {
  constructor(readonly reason: "cancelled" | "future" | "not_own") {
    super(reason);
  }
}

export async function markAppointment(session: SessionLike, appointmentId: string, mark: AttendanceMark, now = new Date()): Promise<MarkOutcome> {
  const actor = await requireStaff(session);
  if (!isUuid(appointmentId) || (mark !== "attended" && mark !== "no_show")) return { status: "not_found" };
  const settings = await getBookingSettings();
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .select({ id: appointments.id, status: appointments.status, startsAt: appointments.startsAt, therapistId: appointments.therapistId, patientId: appointments.patientId })
        .from(appointments)
        .where(eq(appointments.id, appointmentId))
        .for("update");
      if (!row) return { status: "not_found" as const };
      if (row.status === "cancelled") throw new Refusal("cancelled");
      if (actor.role !== "admin" && row.therapistId !== actor.therapistId) throw new Refusal("not_own");
      if (!isMarkable(row, actor, now, settings.timeZone)) throw new Refusal("future");
      await tx.update(appointments).set({ status: mark }).where(eq(appointments.id, row.id));
      await audit(tx, actor, {
        action: mark === "attended" ? "appointment.attended" : "appointment.no_show",
        patientId: row.patientId,
        recordType: "appointment",
        recordId: row.id,
        details: { previousStatus: row.status },
      });
      const [patient] = await tx.select({ name: patients.fullName }).from(patients).where(eq(patients.id, row.patientId));
      return { status: "marked" as const, mark, startsAt: row.startsAt, patientName: patient!.name };
    });
  } catch (error) {
    if (error instanceof Refusal) return { status: "refused", reason: error.reason };
    throw error;
  }
}
