import "server-only";
import { and, desc, eq, ne } from "drizzle-orm";
import { db, type Executor } from "@/db";
import { appointments, assessmentFindings, assessmentRevisions, assessments, services } from "@/db/schema";
import { isUniqueViolation } from "@/lib/data/db-errors";
import { chainLinks, type AssessmentContent } from "@/lib/assessment/chain";
import { revisionDiff } from "@/lib/assessment/diff";
import { requireStaff, type SessionLike, type StaffActor } from "@/lib/auth/actor";
import { addDays, instantAt, todayIn } from "@/lib/time/zone";
import { audit } from "../audit";
import { isUuid } from "../patient-scope";
import { loadRevisions, type AppointmentOption } from "./assessment-history";
import { findPatient, type PatientRef } from "./patient-ref";

/**
 * Movement-chain assessments, for staff. The record is amend-only: creating writes revision 1, amending
 * writes revision n+1 with its author, time and reason; the database refuses to change or delete a
 * revision or its findings. Every read and write appends an audit event in the same transaction.
 * A patient (or anyone else) never gets here: every function starts with requireStaff.
 */


// This file writes (new assessment, amendment); assessment-history.ts reads.

async function patientAppointments(executor: Executor, patientId: string): Promise<AppointmentOption[]> {
  return executor
    .select({ id: appointments.id, startsAt: appointments.startsAt, serviceName: services.name })
    .from(appointments)
    .innerJoin(services, eq(services.id, appointments.serviceId))
    .where(and(eq(appointments.patientId, patientId), ne(appointments.status, "cancelled")))
    .orderBy(desc(appointments.startsAt))
    .limit(50);
}

/** What the "new assessment" page needs: the patient and their appointments to link the assessment to. */
export async function getAssessmentFormContext(
  session: SessionLike,
  patientId: string,
  now = new Date(),
): Promise<{ patient: PatientRef; appointments: AppointmentOption[]; suggestedAppointmentId: string | null } | null> {
  const actor = await requireStaff(session);
  return db.transaction(async (tx) => {
    const patient = await findPatient(tx, patientId);
    if (!patient) return null;
    const options = await patientAppointments(tx, patient.id);
    await audit(tx, actor, { action: "assessment.form_viewed", patientId: patient.id, recordType: "patient", recordId: patient.id });
    // Suggest the latest appointment that starts today or earlier (usually the intake being held now).
    const endOfToday = instantAt(addDays(todayIn(now), 1), 0);
    const suggested = options.find((a) => a.startsAt.getTime() < endOfToday.getTime());
    return { patient, appointments: options, suggestedAppointmentId: suggested?.id ?? null };
  });
}

async function insertRevision(
  tx: Executor,
  actor: StaffActor,
  assessmentId: string,
  revision: number,
  content: AssessmentContent,
  amendmentReason: string,
): Promise<string> {
  const [row] = await tx
    .insert(assessmentRevisions)
    .values({
      assessmentId,
      revision,
      authorId: actor.userId,
      gradeEstimate: content.gradeEstimate,
      conclusion: content.conclusion,
      weakLinks: content.weakLinks,
      notes: content.notes,
      amendmentReason,
    })
    .returning({ id: assessmentRevisions.id });
  await tx.insert(assessmentFindings).values(
    chainLinks.map((link) => ({
      revisionId: row!.id,
      link,
      rating: content.links[link].rating,
      findings: content.links[link].findings,
      measures: content.links[link].measures,
    })),
  );
  return row!.id;
}

export type CreateAssessmentResult = { ok: true; assessmentId: string } | { ok: false; reason: "not_found" | "appointment_not_found" };

/** Records a new assessment (revision 1), optionally linked to one of this patient's appointments. */
export async function createAssessment(
  session: SessionLike,
  patientId: string,
  input: { appointmentId: string | null; content: AssessmentContent },
): Promise<CreateAssessmentResult> {
  const actor = await requireStaff(session);
  return db.transaction(async (tx) => {
    const patient = await findPatient(tx, patientId);
    if (!patient) return { ok: false, reason: "not_found" } as const;
    if (input.appointmentId !== null) {
      if (!isUuid(input.appointmentId)) return { ok: false, reason: "appointment_not_found" } as const;
      const [appointment] = await tx
        .select({ id: appointments.id })
        .from(appointments)
        .where(and(eq(appointments.id, input.appointmentId), eq(appointments.patientId, patient.id)))
        .limit(1);
      if (!appointment) return { ok: false, reason: "appointment_not_found" } as const;
    }
    const [assessment] = await tx
      .insert(assessments)
      .values({ patientId: patient.id, appointmentId: input.appointmentId, createdBy: actor.userId })
      .returning({ id: assessments.id });
    const revisionId = await insertRevision(tx, actor, assessment!.id, 1, input.content, "");
    await audit(tx, actor, { action: "assessment.created", patientId: patient.id, recordType: "assessment", recordId: assessment!.id, details: { revision: 1, revisionId } });
    return { ok: true, assessmentId: assessment!.id } as const;
  });
}

export type AmendResult =
  | { ok: true; revision: number }
  | { ok: false; reason: "not_found" | "unchanged" }
  /** Someone amended it since the form was opened: nothing written; the caller shows the fresh data. */
  | { ok: false; reason: "conflict"; latestRevision: number };

/**
 * Amends an assessment: writes revision `expectedRevision + 1`. The assessment row is locked first, so two
 * amendments of the same revision are serialised and the second finds it is no longer on the latest
 * revision (the unique revision number would refuse it anyway).
 */
export async function amendAssessment(
  session: SessionLike,
  patientId: string,
  assessmentId: string,
  input: { expectedRevision: number; amendmentReason: string; content: AssessmentContent },
): Promise<AmendResult> {
  const actor = await requireStaff(session);
  try {
    return await db.transaction(async (tx) => {
      const patient = await findPatient(tx, patientId);
      if (!patient || !isUuid(assessmentId)) return { ok: false, reason: "not_found" } as const;
      const [locked] = await tx
        .select({ id: assessments.id })
        .from(assessments)
        .where(and(eq(assessments.id, assessmentId), eq(assessments.patientId, patient.id)))
        .for("update")
        .limit(1);
      if (!locked) return { ok: false, reason: "not_found" } as const;
      const revisions = await loadRevisions(tx, locked.id);
      const latest = revisions[revisions.length - 1];
      if (!latest) return { ok: false, reason: "not_found" } as const;
      if (latest.revision !== input.expectedRevision) return { ok: false, reason: "conflict", latestRevision: latest.revision } as const;
      const changes = revisionDiff(latest.content, input.content);
      if (changes.length === 0) return { ok: false, reason: "unchanged" } as const;
      const revision = latest.revision + 1;
      const revisionId = await insertRevision(tx, actor, locked.id, revision, input.content, input.amendmentReason);
      await audit(tx, actor, {
        action: "assessment.amended",
        patientId: patient.id,
        recordType: "assessment",
        recordId: locked.id,
        details: { revision, revisionId, changed: changes.map((c) => c.label) },
      });
      return { ok: true, revision } as const;
    });
  } catch (error) {
    if (isUniqueViolation(error, "assessment_revisions_number_key")) {
      const [row] = await db
        .select({ revision: assessmentRevisions.revision })
        .from(assessmentRevisions)
        .where(eq(assessmentRevisions.assessmentId, assessmentId))
        .orderBy(desc(assessmentRevisions.revision))
        .limit(1);
      return { ok: false, reason: "conflict", latestRevision: row?.revision ?? input.expectedRevision + 1 };
    }
    throw error;
  }
}
