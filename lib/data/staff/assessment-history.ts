import "server-only";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { db, type Executor } from "@/db";
import { appointments, assessmentFindings, assessmentRevisions, assessments, services, therapists, users } from "@/db/schema";
import { chainLinks, emptyLink, type AssessmentContent, type ChainLink } from "@/lib/assessment/chain";
import { revisionDiff, type RevisionChange } from "@/lib/assessment/diff";
import { hamstringSymmetry, type Symmetry } from "@/lib/assessment/symmetry";
import { requireStaff, type SessionLike } from "@/lib/auth/actor";
import { wallClockAt } from "@/lib/time/zone";
import { audit } from "../audit";
import { isUuid } from "../patient-scope";
import { findPatient, type PatientRef } from "./patient-ref";
import { staffName } from "./staff-names";

/**
 * Reading movement-chain assessments, for staff: one assessment with all its revisions and what changed in
 * each, the list of a patient's assessments, the latest hamstring symmetry. Every read by a person appends
 * an audit event in the same transaction; writing lives in assessments.ts.
 */

export type AppointmentOption = { id: string; startsAt: Date; serviceName: string };


export type RevisionRow = {
  id: string;
  revision: number;
  authorName: string;
  createdAt: Date;
  amendmentReason: string;
  content: AssessmentContent;
};

export async function loadRevisions(executor: Executor, assessmentId: string): Promise<RevisionRow[]> {
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
