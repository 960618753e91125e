import "server-only";
import { and, asc, desc, eq, inArray, ne } from "drizzle-orm";
import { db, type Executor } from "@/db";
import { appointments, assessmentFindings, assessmentRevisions, assessments, patients, services, therapists, users } from "@/db/schema";
import { isUniqueViolation } from "@/db/errors";
import { chainLinks, emptyLink, type AssessmentContent, type ChainLink } from "@/lib/assessment/chain";
import { revisionDiff, type RevisionChange } from "@/lib/assessment/diff";
import { hamstringSymmetry, type Symmetry } from "@/lib/assessment/symmetry";
import { requireStaff, type SessionLike, type StaffActor } from "@/lib/auth/actor";
import { addDays, instantAt, todayIn, wallClockAt } from "@/lib/time/zone";
import { audit } from "../audit";
import { isUuid } from "../patient-scope";
import { staffName } from "./staff-names";

/**
 * Movement-chain assessments, for staff. The record is amend-only: creating writes revision 1, amending
 * writes revision n+1 with its author, time and reason; the database refuses to change or delete a
 * revision or its findings. Every read and write appends an audit event in the same transaction.
 * A patient (or anyone else) never gets here: every function starts with requireStaff.
 */

export type PatientRef = { id: string; name: string };

async function findPatient(executor: Executor, patientId: string): Promise<PatientRef | null> {
  if (!isUuid(patientId)) return null;
  const [row] = await executor.select({ id: patients.id, name: patients.fullName }).from(patients).where(eq(patients.id, patientId)).limit(1);
  return row ?? null;
}

export type AppointmentOption = { id: string; startsAt: Date; serviceName: string };

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

type RevisionRow = {
  id: string;
  revision: number;
  authorName: string;
  createdAt: Date;
  amendmentReason: string;
  content: AssessmentContent;
};

async function loadRevisions(executor: Executor, assessmentId: string): Promise<RevisionRow[]> {
  const rows = await executor
    .select({
      id: assessmentRevisions.id,
      revision: assessmentRevisions.revision,
      authorName: staffName,
      createdAt: assessmentRevisions.createdAt,
      amendmentReason: assessmentRevisions.amendmentReason,
      gradeEstimate: assessmentRevisions.gradeEstimate,
      conclusion: assessmentRevisions.conclusion,
      weakLinks: assessmentRevisions.weakLinks,
      notes: assessmentRevisions.notes,
    })
    .from(assessmentRevisions)
    .innerJoin(users, eq(users.id, assessmentRevisions.authorId))
    .leftJoin(therapists, eq(therapists.userId, users.id))
    .where(eq(assessmentRevisions.assessmentId, assessmentId))
    .orderBy(asc(assessmentRevisions.revision));
  const findings = rows.length
    ? await executor
        .select({
          revisionId: assessmentFindings.revisionId,
          link: assessmentFindings.link,
          rating: assessmentFindings.rating,
          findings: assessmentFindings.findings,
          measures: assessmentFindings.measures,
        })
        .from(assessmentFindings)
        .where(inArray(assessmentFindings.revisionId, rows.map((r) => r.id)))
    : [];
  return rows.map((row) => {
    const links = Object.fromEntries(chainLinks.map((link) => [link, emptyLink()])) as AssessmentContent["links"];
    for (const f of findings.filter((f) => f.revisionId === row.id)) {
      links[f.link] = { rating: f.rating, findings: f.findings, measures: f.measures };
    }
    return {
      id: row.id,
      revision: row.revision,
      authorName: row.authorName,
      createdAt: row.createdAt,
      amendmentReason: row.amendmentReason,
      content: {
        gradeEstimate: (row.gradeEstimate as AssessmentContent["gradeEstimate"]) ?? null,
        conclusion: row.conclusion,
        weakLinks: chainLinks.filter((link) => row.weakLinks.includes(link)),
        notes: row.notes,
        links,
      },
    };
  });
}

export type RevisionView = RevisionRow & {
  hamstringSymmetry: Symmetry | null;
  /** What changed compared with the revision before it (empty for revision 1). */
  changes: RevisionChange[];
};

export type AssessmentView = {
  id: string;
  patient: PatientRef;
  createdAt: Date;
  appointment: AppointmentOption | null;
  latest: RevisionView;
  /** All revisions, oldest first. */
  revisions: RevisionView[];
};

async function readAssessment(executor: Executor, patientId: string, assessmentId: string): Promise<AssessmentView | null> {
  const patient = await findPatient(executor, patientId);
  if (!patient || !isUuid(assessmentId)) return null;
  const [row] = await executor
    .select({ id: assessments.id, createdAt: assessments.createdAt, appointmentId: assessments.appointmentId, startsAt: appointments.startsAt, serviceName: services.name })
    .from(assessments)
    .leftJoin(appointments, eq(appointments.id, assessments.appointmentId))
    .leftJoin(services, eq(services.id, appointments.serviceId))
    .where(and(eq(assessments.id, assessmentId), eq(assessments.patientId, patient.id)))
    .limit(1);
  if (!row) return null;
  const rows = await loadRevisions(executor, row.id);
  if (rows.length === 0) return null;
  const revisions = rows.map((revision, index) => ({
    ...revision,
    hamstringSymmetry: hamstringSymmetry(revision.content.links.hamstring.measures),
    changes: index === 0 ? [] : revisionDiff(rows[index - 1]!.content, revision.content),
  }));
  return {
    id: row.id,
    patient,
    createdAt: row.createdAt,
    appointment: row.appointmentId && row.startsAt && row.serviceName ? { id: row.appointmentId, startsAt: row.startsAt, serviceName: row.serviceName } : null,
    latest: revisions[revisions.length - 1]!,
    revisions,
  };
}

/** One assessment of this patient with its whole history; null for an unknown or someone else's id. */
export async function getAssessment(session: SessionLike, patientId: string, assessmentId: string): Promise<AssessmentView | null> {
  const actor = await requireStaff(session);
  return db.transaction(async (tx) => {
    const view = await readAssessment(tx, patientId, assessmentId);
    if (!view) return null;
    await audit(tx, actor, { action: "assessment.viewed", patientId: view.patient.id, recordType: "assessment", recordId: view.id, details: { revisions: view.revisions.length } });
    return view;
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

export type AssessmentSummary = {
  id: string;
  createdAt: Date;
  revisions: number;
  lastChangedAt: Date;
  gradeEstimate: number | null;
  weakLinks: ChainLink[];
  conclusion: string;
};

/** This patient's assessments, newest first, each as its latest revision (for the patient page). */
export async function listAssessments(session: SessionLike, patientId: string): Promise<AssessmentSummary[] | null> {
  const actor = await requireStaff(session);
  return db.transaction(async (tx) => {
    const patient = await findPatient(tx, patientId);
    if (!patient) return null;
    const rows = await tx
      .select({
        id: assessments.id,
        createdAt: assessments.createdAt,
        revision: assessmentRevisions.revision,
        revisionAt: assessmentRevisions.createdAt,
        gradeEstimate: assessmentRevisions.gradeEstimate,
        weakLinks: assessmentRevisions.weakLinks,
        conclusion: assessmentRevisions.conclusion,
      })
      .from(assessments)
      .innerJoin(assessmentRevisions, eq(assessmentRevisions.assessmentId, assessments.id))
      .where(eq(assessments.patientId, patient.id))
      .orderBy(desc(assessments.createdAt), desc(assessmentRevisions.revision));
    const latest = new Map<string, AssessmentSummary>();
    for (const row of rows) {
      if (latest.has(row.id)) continue;
      latest.set(row.id, {
        id: row.id,
        createdAt: row.createdAt,
        revisions: row.revision,
        lastChangedAt: row.revisionAt,
        gradeEstimate: row.gradeEstimate,
        weakLinks: row.weakLinks,
        conclusion: row.conclusion,
      });
    }
    await audit(tx, actor, { action: "assessment.listed", patientId: patient.id, recordType: "assessment", details: { count: latest.size } });
    return [...latest.values()];
  });
}

/**
 * The hamstring symmetry of the patient's most recent assessment that has one (its latest revision), with
 * the Amsterdam date of that assessment. Internal to lib/data: the caller has checked access and audits.
 */
export async function latestHamstringSymmetry(executor: Executor, patientId: string): Promise<{ percent: number; assessedOn: string; assessmentId: string } | null> {
  const rows = await executor
    .select({
      assessmentId: assessments.id,
      assessedAt: assessments.createdAt,
      revision: assessmentRevisions.revision,
      measures: assessmentFindings.measures,
    })
    .from(assessments)
    .innerJoin(assessmentRevisions, eq(assessmentRevisions.assessmentId, assessments.id))
    .innerJoin(assessmentFindings, and(eq(assessmentFindings.revisionId, assessmentRevisions.id), eq(assessmentFindings.link, "hamstring")))
    .where(eq(assessments.patientId, patientId))
    .orderBy(desc(assessments.createdAt), desc(assessmentRevisions.revision));
  const seen = new Set<string>();
  for (const row of rows) {
    if (seen.has(row.assessmentId)) continue;
    seen.add(row.assessmentId);
    const symmetry = hamstringSymmetry(row.measures);
    if (symmetry) return { percent: symmetry.percent, assessedOn: wallClockAt(row.assessedAt).date, assessmentId: row.assessmentId };
  }
  return null;
}
