import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { db, type Executor } from "@/db";
import { isUniqueViolation } from "@/lib/data/db-errors";
import { appointments, patients, services, therapists, users, visitNoteRevisions, visitNotes, type AppointmentStatus } from "@/db/schema";
import { requireStaff, type SessionLike, type StaffActor } from "@/lib/auth/actor";
import { visitNoteDiff, type NoteChange, type VisitNoteContent } from "@/lib/validation/visit-note";
import { audit } from "../audit";
import { appointmentColumns, appointmentJoins } from "../internal/query-shapes";
import { isUuid } from "../patient-scope";
import { staffName } from "./staff-names";

/**
 * Visit notes (issue 17, point 2): one note per appointment, amend-only. The first save is revision 1; each
 * change is a new revision with its author, time, reason and the difference with the one before. The
 * database refuses UPDATE and DELETE of notes and revisions (decision 019). Staff only; every read and
 * write is audited in the same transaction.
 */
export type NoteRevision = { revision: number; authorName: string; createdAt: Date; amendmentReason: string; content: VisitNoteContent; changes: NoteChange[] };

export type VisitNoteView = {
  patient: { id: string; name: string };
  appointment: { id: string; startsAt: Date; endsAt: Date; serviceName: string; therapistName: string; status: AppointmentStatus };
  note: { id: string; revisions: NoteRevision[]; latest: NoteRevision } | null;
};

async function findAppointment(executor: Executor, patientId: string, appointmentId: string) {
  if (!isUuid(patientId) || !isUuid(appointmentId)) return null;
  const [row] = await executor
    .select({
      ...appointmentColumns,
      patientId: patients.id,
      patientName: patients.fullName,
    })
    .from(appointments)
    .innerJoin(patients, eq(patients.id, appointments.patientId))
    .innerJoin(services, appointmentJoins.service)
    .innerJoin(therapists, appointmentJoins.therapist)
    .where(and(eq(appointments.id, appointmentId), eq(appointments.patientId, patientId)))
    .limit(1);
  return row ?? null;
}

async function loadRevisions(executor: Executor, noteId: string): Promise<NoteRevision[]> {
  const rows = await executor.select().from(visitNoteRevisions).where(eq(visitNoteRevisions.noteId, noteId)).orderBy(asc(visitNoteRevisions.revision));
  const authors = rows.length
    ? await executor.select({ id: users.id, name: staffName }).from(users).leftJoin(therapists, eq(therapists.userId, users.id)).where(inArray(users.id, [...new Set(rows.map((r) => r.authorId))]))
    : [];
  const names = new Map(authors.map((a) => [a.id, a.name]));
  let previous: VisitNoteContent | null = null;
  return rows.map((row) => {
    const content: VisitNoteContent = { complaints: row.complaints, examination: row.examination, treatment: row.treatment, agreements: row.agreements };
    const changes = previous ? visitNoteDiff(previous, content) : [];
    previous = content;
    return { revision: row.revision, authorName: names.get(row.authorId) ?? "Onbekende medewerker", createdAt: row.createdAt, amendmentReason: row.amendmentReason, content, changes };
  });
}

/**
 * The patient an appointment belongs to, for the agenda grid's short link (/praktijk/afspraken/[id]), which
 * leads to the appointment's page under its patient. Staff only; null for an unknown id. Not a read of the
 * record (the page it leads to audits what it shows).
 */
export async function findAppointmentPatientId(session: SessionLike, appointmentId: string): Promise<string | null> {
  await requireStaff(session);
  if (!isUuid(appointmentId)) return null;
  const [row] = await db.select({ patientId: appointments.patientId }).from(appointments).where(eq(appointments.id, appointmentId)).limit(1);
  return row?.patientId ?? null;
}

export async function getVisitNote(session: SessionLike, patientId: string, appointmentId: string): Promise<VisitNoteView | null> {
  const actor = await requireStaff(session);
  return db.transaction(async (tx) => {
    const appointment = await findAppointment(tx, patientId, appointmentId);
    if (!appointment) return null;
    const [note] = await tx.select({ id: visitNotes.id }).from(visitNotes).where(eq(visitNotes.appointmentId, appointment.id)).limit(1);
    const revisions = note ? await loadRevisions(tx, note.id) : [];
    await audit(tx, actor, { action: note ? "visit_note.viewed" : "appointment.viewed", patientId: appointment.patientId, recordType: note ? "visit_note" : "appointment", recordId: note?.id ?? appointment.id });
    return {
      patient: { id: appointment.patientId, name: appointment.patientName },
      appointment: { id: appointment.id, startsAt: appointment.startsAt, endsAt: appointment.endsAt, serviceName: appointment.serviceName, therapistName: appointment.therapistName, status: appointment.status },
      note: note && revisions.length > 0 ? { id: note.id, revisions, latest: revisions.at(-1)! } : null,
    };
  });
}

export type SaveNoteResult =
  | { ok: true; revision: number }
  | { ok: false; reason: "not_found" | "exists" | "unchanged" | "cancelled" }
  | { ok: false; reason: "conflict"; latestRevision: number };

async function insertRevision(tx: Executor, actor: StaffActor, noteId: string, revision: number, content: VisitNoteContent, reason: string) {
  await tx.insert(visitNoteRevisions).values({ noteId, revision, authorId: actor.userId, ...content, amendmentReason: reason });
}

/** Writes the first version of an appointment's note; a second "first" version is refused (someone was first). */
export async function createVisitNote(session: SessionLike, patientId: string, appointmentId: string, content: VisitNoteContent): Promise<SaveNoteResult> {
  const actor = await requireStaff(session);
  try {
    return await db.transaction(async (tx) => {
      const appointment = await findAppointment(tx, patientId, appointmentId);
      if (!appointment) return { ok: false, reason: "not_found" } as const;
      if (appointment.status === "cancelled") return { ok: false, reason: "cancelled" } as const;
      const [note] = await tx.insert(visitNotes).values({ patientId: appointment.patientId, appointmentId: appointment.id, createdBy: actor.userId }).returning({ id: visitNotes.id });
      await insertRevision(tx, actor, note!.id, 1, content, "");
      await audit(tx, actor, { action: "visit_note.created", patientId: appointment.patientId, recordType: "visit_note", recordId: note!.id, details: { revision: 1, appointmentId: appointment.id } });
      return { ok: true, revision: 1 } as const;
    });
  } catch (error) {
    if (isUniqueViolation(error, "visit_notes_appointment_id_unique")) return { ok: false, reason: "exists" };
    throw error;
  }
}

/** A new revision of the note, based on `expectedRevision` (a stale form is refused with the latest number). */
export async function amendVisitNote(
  session: SessionLike,
  patientId: string,
  appointmentId: string,
  input: { expectedRevision: number; amendmentReason: string; content: VisitNoteContent },
): Promise<SaveNoteResult> {
  const actor = await requireStaff(session);
  try {
    return await db.transaction(async (tx) => {
      const appointment = await findAppointment(tx, patientId, appointmentId);
      if (!appointment) return { ok: false, reason: "not_found" } as const;
      const [note] = await tx.select({ id: visitNotes.id }).from(visitNotes).where(eq(visitNotes.appointmentId, appointment.id)).for("update").limit(1);
      if (!note) return { ok: false, reason: "not_found" } as const;
      const revisions = await loadRevisions(tx, note.id);
      const latest = revisions.at(-1)!;
      if (latest.revision !== input.expectedRevision) return { ok: false, reason: "conflict", latestRevision: latest.revision } as const;
      const changes = visitNoteDiff(latest.content, input.content);
      if (changes.length === 0) return { ok: false, reason: "unchanged" } as const;
      const revision = latest.revision + 1;
      await insertRevision(tx, actor, note.id, revision, input.content, input.amendmentReason);
      await audit(tx, actor, { action: "visit_note.amended", patientId: appointment.patientId, recordType: "visit_note", recordId: note.id, details: { revision, changed: changes.map((c) => c.label) } });
      return { ok: true, revision } as const;
    });
  } catch (error) {
    if (isUniqueViolation(error, "visit_note_revisions_number_key")) return { ok: false, reason: "conflict", latestRevision: input.expectedRevision + 1 };
    throw error;
  }
}
