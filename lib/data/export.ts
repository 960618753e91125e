import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import { db } from "@/db";
import {
  appointments,
  assessmentFindings,
  assessmentRevisions,
  assessments,
  auditEvents,
  exerciseLogs,
  intakes,
  patients,
  planPhases,
  plans,
  services,
  therapists,
  users,
} from "@/db/schema";
import type { SessionLike } from "@/lib/auth/actor";
import { practice } from "@/lib/practice";
import { audit } from "./audit";
import { appointmentColumns, appointmentJoins, intakeColumns, planPhaseColumns, prescribedExercises } from "./internal/query-shapes";
import { patientScope } from "./patient-scope";

/**
 * Everything the practice holds about one patient, as JSON (AVG art. 15, right of access): account and
 * profile, intakes with their answers, appointments, plans with phases and exercises, session logs,
 * assessments they are the subject of (every revision), and the audit log of who accessed their record.
 * Left out on purpose: password and token hashes, the appointment manage-link hash and idempotency key,
 * e-mails in the outbox (they contain one-time links), and staff members' IP addresses.
 * A patient exports their own record; staff export a named patient's record (audited).
 */
export type PatientExport = Awaited<ReturnType<typeof collect>>;

export async function exportPatientData(session: SessionLike, patientId?: string, now = new Date()): Promise<PatientExport | null> {
  const scope = await patientScope(session, patientId, { action: "export_patient_data", recordType: "patient", recordId: patientId ?? null });
  if (!scope) return null;
  if (!scope.asStaff) {
    // The patient's own download is part of the record of who saw it, like any other access.
    await audit(db, scope.actor, { action: "export_own_data", patientId: scope.patientId, recordType: "patient", recordId: scope.patientId });
  }
  return collect(scope.patientId, now);
}

async function staffNames(userIds: (string | null)[]): Promise<Map<string, string>> {
  const ids = [...new Set(userIds.filter((id): id is string => !!id))];
  if (!ids.length) return new Map();
  const rows = await db
    .select({ id: users.id, role: users.role, therapist: therapists.displayName })
    .from(users)
    .leftJoin(therapists, eq(therapists.userId, users.id))
    .where(inArray(users.id, ids));
  return new Map(rows.map((row) => [row.id, row.therapist ?? (row.role === "admin" ? "Praktijkbeheer" : "Medewerker")]));
}

async function collect(patientId: string, now: Date) {
  const [person] = await db
    .select({
      fullName: patients.fullName,
      dateOfBirth: patients.dateOfBirth,
      phone: patients.phone,
      createdAt: patients.createdAt,
      updatedAt: patients.updatedAt,
      userId: users.id,
      email: users.email,
      role: users.role,
      activatedAt: users.activatedAt,
      accountCreatedAt: users.createdAt,
      lastLoginAt: users.lastLoginAt,
    })
    .from(patients)
    .innerJoin(users, eq(users.id, patients.userId))
    .where(eq(patients.id, patientId));
  if (!person) throw new Error("export: the patient disappeared");

  const intakeRows = await db
    .select({ ...intakeColumns, formVersion: intakes.formVersion, consentAt: intakes.consentAt })
    .from(intakes)
    .where(eq(intakes.patientId, patientId))
    .orderBy(asc(intakes.createdAt));

  const appointmentRows = await db
    .select({ ...appointmentColumns, cancelledAt: appointments.cancelledAt, cancellationReason: appointments.cancellationReason, createdAt: appointments.createdAt })
    .from(appointments)
    .innerJoin(services, appointmentJoins.service)
    .innerJoin(therapists, appointmentJoins.therapist)
    .where(eq(appointments.patientId, patientId))
    .orderBy(asc(appointments.startsAt));

  const planRows = await db
    .select({ id: plans.id, title: plans.title, status: plans.status, startedOn: plans.startedOn, endedAt: plans.endedAt, createdAt: plans.createdAt, createdBy: plans.createdBy })
    .from(plans)
    .where(eq(plans.patientId, patientId))
    .orderBy(asc(plans.startedOn));
  const phaseRows = planRows.length
    ? await db
        .select({
          ...planPhaseColumns,
          planId: planPhases.planId,
          advancedBy: planPhases.advancedBy,
          advanceChecklist: planPhases.advanceChecklist,
        })
        .from(planPhases)
        .where(inArray(planPhases.planId, planRows.map((p) => p.id)))
        .orderBy(asc(planPhases.position))
    : [];
  const prescribed = await prescribedExercises(db, phaseRows.map((p) => p.id), "all");

  const logRows = await db
    .select({
      date: exerciseLogs.logDate,
      phaseId: exerciseLogs.phaseId,
      planExerciseId: exerciseLogs.planExerciseId,
      done: exerciseLogs.done,
      painDuring: exerciseLogs.painDuring,
      painAfter: exerciseLogs.painAfter,
      note: exerciseLogs.note,
      createdAt: exerciseLogs.createdAt,
      updatedAt: exerciseLogs.updatedAt,
    })
    .from(exerciseLogs)
    .where(eq(exerciseLogs.patientId, patientId))
    .orderBy(asc(exerciseLogs.logDate), asc(exerciseLogs.createdAt));

  const assessmentRows = await db
    .select({ id: assessments.id, appointmentId: assessments.appointmentId, createdAt: assessments.createdAt })
    .from(assessments)
    .where(eq(assessments.patientId, patientId))
    .orderBy(asc(assessments.createdAt));
  const revisionRows = assessmentRows.length
    ? await db
        .select({
          id: assessmentRevisions.id,
          assessmentId: assessmentRevisions.assessmentId,
          revision: assessmentRevisions.revision,
          authorId: assessmentRevisions.authorId,
          gradeEstimate: assessmentRevisions.gradeEstimate,
          conclusion: assessmentRevisions.conclusion,
          weakLinks: assessmentRevisions.weakLinks,
          notes: assessmentRevisions.notes,
          amendmentReason: assessmentRevisions.amendmentReason,
          createdAt: assessmentRevisions.createdAt,
        })
        .from(assessmentRevisions)
        .where(inArray(assessmentRevisions.assessmentId, assessmentRows.map((a) => a.id)))
        .orderBy(asc(assessmentRevisions.revision))
    : [];
  const findingRows = revisionRows.length
    ? await db
        .select({ revisionId: assessmentFindings.revisionId, link: assessmentFindings.link, rating: assessmentFindings.rating, findings: assessmentFindings.findings, measures: assessmentFindings.measures })
        .from(assessmentFindings)
        .where(inArray(assessmentFindings.revisionId, revisionRows.map((r) => r.id)))
    : [];

  const auditRows = await db
    .select({
      occurredAt: auditEvents.occurredAt,
      actorUserId: auditEvents.actorUserId,
      actorRole: auditEvents.actorRole,
      action: auditEvents.action,
      recordType: auditEvents.recordType,
      recordId: auditEvents.recordId,
    })
    .from(auditEvents)
    .where(eq(auditEvents.patientId, patientId))
    .orderBy(asc(auditEvents.occurredAt), asc(auditEvents.id));

  const names = await staffNames([
    ...planRows.map((p) => p.createdBy),
    ...phaseRows.map((p) => p.advancedBy),
    ...revisionRows.map((r) => r.authorId),
    ...auditRows.filter((e) => e.actorUserId !== person.userId).map((e) => e.actorUserId),
  ]);
  const nameOf = (id: string | null) => (id ? (names.get(id) ?? null) : null);
  const exerciseNames = new Map(prescribed.map((e) => [e.id, e.name]));
  const phaseTitles = new Map(phaseRows.map((p) => [p.id, p.title]));

  return {
    format: "keten-patient-export",
    version: 1,
    exportedAt: now.toISOString(),
    practice: { name: practice.name, email: practice.email, phone: practice.phone },
    account: { email: person.email, role: person.role, createdAt: person.accountCreatedAt, activatedAt: person.activatedAt, lastLoginAt: person.lastLoginAt },
    profile: { fullName: person.fullName, dateOfBirth: person.dateOfBirth, phone: person.phone, createdAt: person.createdAt, updatedAt: person.updatedAt },
    intakes: intakeRows,
    appointments: appointmentRows.map(({ serviceName, therapistName, ...appointment }) => ({ ...appointment, service: serviceName, therapist: therapistName })),
    plans: planRows.map(({ createdBy, ...plan }) => ({
      ...plan,
      therapist: nameOf(createdBy),
      phases: phaseRows
        .filter((phase) => phase.planId === plan.id)
        .map(({ planId: _planId, advancedBy, ...phase }) => ({
          ...phase,
          advancedBy: nameOf(advancedBy),
          exercises: prescribed
            .filter((e) => e.phaseId === phase.id)
            .map(({ id, position, name, instructions, cues, sets, reps, holdSeconds, durationMinutes, side, load, tempo, restSeconds, timesPerWeek, notes, removedAt }) => ({ id, position, name, instructions, cues, sets, reps, holdSeconds, durationMinutes, side, load, tempo, restSeconds, timesPerWeek, notes, removedAt })),
        })),
    })),
    exerciseLogs: logRows.map(({ phaseId, ...log }) => ({
      ...log,
      phase: phaseTitles.get(phaseId) ?? null,
      exercise: log.planExerciseId ? (exerciseNames.get(log.planExerciseId) ?? null) : null,
    })),
    assessments: assessmentRows.map((assessment) => ({
      ...assessment,
      revisions: revisionRows
        .filter((r) => r.assessmentId === assessment.id)
        .map(({ id, assessmentId: _assessmentId, authorId, ...revision }) => ({
          ...revision,
          author: nameOf(authorId),
          findings: findingRows.filter((f) => f.revisionId === id).map(({ revisionId: _revisionId, ...finding }) => finding),
        })),
    })),
    accessLog: auditRows.map(({ actorUserId, ...event }) => ({
      ...event,
      actor: actorUserId === person.userId ? "jijzelf" : nameOf(actorUserId),
    })),
  };
}
