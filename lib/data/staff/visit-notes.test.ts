import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { appointments, visitNoteRevisions, visitNotes } from "@/db/schema";
import { clinicalPatient as fenna } from "@/e2e/support/workspace";
import { auditActions, seedClinical, staffSessions } from "@/tests/clinical-support";
import { db, withTestDatabase } from "@/tests/test-database";
import { amendVisitNote, createVisitNote, findAppointmentPatientId, getVisitNote } from "./visit-notes";

/**
 * Issue 17, point 2: one note per appointment under the four headings, amend-only with revisions and a diff,
 * and the database itself refuses to change or delete a note or a revision (PGlite here; the same file runs on
 * PostgreSQL with DATABASE_URL set).
 */
withTestDatabase();

let sessions: Awaited<ReturnType<typeof staffSessions>>;
const content = { complaints: "Minder pijn bij zitten.", examination: "Kracht links 170 N, rechts 195 N.", treatment: "Nordic curls tot halverwege.", agreements: "Over een week terug." };

beforeAll(async () => {
  await seedClinical();
  sessions = await staffSessions();
});

describe("visit notes", () => {
  it("writes the first version under the four headings and shows it with its author", async () => {
    expect(await createVisitNote(sessions.sanne, fenna.patientId, fenna.appointmentId, content)).toEqual({ ok: true, revision: 1 });
    const view = await getVisitNote(sessions.joris, fenna.patientId, fenna.appointmentId);
    expect(view?.note?.latest).toMatchObject({ revision: 1, authorName: "Sanne de Vries", content });
    expect(await auditActions()).toEqual(expect.arrayContaining(["visit_note.created", "visit_note.viewed"]));
  });

  it("refuses a second first version, and a stale or empty amendment", async () => {
    expect(await createVisitNote(sessions.joris, fenna.patientId, fenna.appointmentId, content)).toEqual({ ok: false, reason: "exists" });
    expect(await amendVisitNote(sessions.sanne, fenna.patientId, fenna.appointmentId, { expectedRevision: 1, amendmentReason: "Niets", content })).toEqual({ ok: false, reason: "unchanged" });
    expect(await amendVisitNote(sessions.sanne, fenna.patientId, fenna.appointmentId, { expectedRevision: 3, amendmentReason: "Oud", content: { ...content, agreements: "x" } })).toEqual({
      ok: false,
      reason: "conflict",
      latestRevision: 1,
    });
  });

  it("amends into a new version with the reason and what changed, keeping the old one", async () => {
    const amended = { ...content, examination: "Kracht links 174 N, rechts 195 N (89%)." };
    expect(await amendVisitNote(sessions.joris, fenna.patientId, fenna.appointmentId, { expectedRevision: 1, amendmentReason: "Meting links verkeerd overgenomen.", content: amended })).toEqual({ ok: true, revision: 2 });
    const view = await getVisitNote(sessions.sanne, fenna.patientId, fenna.appointmentId);
    expect(view?.note?.revisions.map((r) => r.revision)).toEqual([1, 2]);
    expect(view?.note?.latest).toMatchObject({ authorName: "Joris Bakker", amendmentReason: "Meting links verkeerd overgenomen." });
    expect(view?.note?.latest.changes).toEqual([{ field: "examination", label: "Onderzoek", before: content.examination, after: amended.examination }]);
    expect(view?.note?.revisions[0]?.content).toEqual(content);
  });

  it("is immutable in the database: no update or delete of notes or revisions", async () => {
    const [note] = await db.select({ id: visitNotes.id }).from(visitNotes).where(eq(visitNotes.appointmentId, fenna.appointmentId));
    await expect(db.update(visitNoteRevisions).set({ treatment: "Stiekem aangepast" }).where(eq(visitNoteRevisions.noteId, note!.id))).rejects.toThrow();
    await expect(db.delete(visitNoteRevisions).where(eq(visitNoteRevisions.noteId, note!.id))).rejects.toThrow();
    await expect(db.update(visitNotes).set({ createdAt: new Date(0) }).where(eq(visitNotes.id, note!.id))).rejects.toThrow();
    await expect(db.delete(visitNotes).where(eq(visitNotes.id, note!.id))).rejects.toThrow();
    await expect(db.execute(sql`truncate visit_note_revisions`)).rejects.toThrow();
    const rows = await db.select({ treatment: visitNoteRevisions.treatment }).from(visitNoteRevisions).where(eq(visitNoteRevisions.noteId, note!.id));
    expect(rows.map((r) => r.treatment)).toEqual([content.treatment, content.treatment]);
    // The appointment a note belongs to cannot be deleted from under it either.
    await expect(db.delete(appointments).where(eq(appointments.id, fenna.appointmentId))).rejects.toThrow();
  });

  it("is for staff only, and not for another patient's appointment", async () => {
    await expect(getVisitNote(sessions.fenna, fenna.patientId, fenna.appointmentId)).rejects.toThrow();
    expect(await getVisitNote(sessions.sanne, "00000000-0000-4000-8000-000000000000", fenna.appointmentId)).toBeNull();
  });

  it("finds an appointment's patient for the agenda's short link: staff only, nothing for an unknown id", async () => {
    expect(await findAppointmentPatientId(sessions.joris, fenna.appointmentId)).toBe(fenna.patientId);
    expect(await findAppointmentPatientId(sessions.sanne, "00000000-0000-4000-8000-000000000000")).toBeNull();
    expect(await findAppointmentPatientId(sessions.sanne, "geen-id")).toBeNull();
    await expect(findAppointmentPatientId(sessions.fenna, fenna.appointmentId)).rejects.toThrow();
  });
});
