import "server-only";
import { and, asc, count, desc, eq, ilike, inArray, max, or, sql, type SQL } from "drizzle-orm";
import { db } from "@/db";
import {
  appointments,
  assessmentRevisions,
  assessments,
  intakes,
  patients,
  planPhases,
  plans,
  services,
  therapists,
  users,
  type AppointmentStatus,
  type TriageOutcome,
} from "@/db/schema";
import { requireStaff, type SessionLike } from "@/lib/auth/actor";
import { audit, auditMany } from "../audit";
import { appointmentColumns, appointmentJoins, intakeColumns } from "../internal/query-shapes";
import { isUuid } from "../patient-scope";
import type { TherapistFlag } from "@/lib/plans/pain-rule";
import { painFlagsFor } from "../pain-flags";
import { todayIn } from "@/lib/time/zone";
import { getBookingSettings } from "../practice-settings";
import { attendanceRecord, type AttendanceRecord } from "./attendance-record";

/**
 * The workspace's patient list and patient page. Staff only.
 *
 * - A search is one audit event ("patient.searched") with the query and the number of results, without a
 *   patient id: it shows names, e-mail addresses and birth dates, not anyone's health record.
 * - The patient page is a read of that patient's record: one "patient.viewed" event, plus one
 *   "intake.viewed" per intake it shows, in the same transaction as the reads.
 */
export const SEARCH_LIMIT = 50;

export type PatientListItem = { id: string; name: string; email: string; dateOfBirth: string };
export type PatientSearchResult = { patients: PatientListItem[]; total: number; limit: number };

/** "3-4-1991", "03/04/1991", "03.04.1991" → "03-04-1991"; other text unchanged. */
function normaliseDateTerm(term: string): string {
  const match = /^(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{4}))?$/.exec(term);
  if (!match) return term.replace(/[/.]/g, "-");
  return [match[1]!.padStart(2, "0"), match[2]!.padStart(2, "0"), match[3]].filter(Boolean).join("-");
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Every word of the query must match the name, the e-mail address or the birth date (dd-mm-jjjj or yyyy-mm-dd). */
function searchCondition(query: string): SQL | undefined {
  const terms = query.trim().toLowerCase().split(/\s+/).filter(Boolean).slice(0, 6);
  if (terms.length === 0) return undefined;
  return and(
    ...terms.map((term) => {
      const text = `%${escapeLike(term)}%`;
      const asDate = `%${escapeLike(normaliseDateTerm(term))}%`;
      return or(
        ilike(patients.fullName, text),
        ilike(users.email, text),
        sql`to_char(${patients.dateOfBirth}, 'DD-MM-YYYY') like ${asDate}`,
        sql`to_char(${patients.dateOfBirth}, 'YYYY-MM-DD') like ${text}`,
      );
    }),
  );
}

export async function searchPatients(session: SessionLike, query: string, limit = SEARCH_LIMIT): Promise<PatientSearchResult> {
  const actor = await requireStaff(session);
  const q = query.trim().slice(0, 100);
  const where = searchCondition(q);
  return db.transaction(async (tx) => {
    const [rows, [total]] = await Promise.all([
      tx
        .select({ id: patients.id, name: patients.fullName, email: users.email, dateOfBirth: patients.dateOfBirth })
        .from(patients)
        .innerJoin(users, eq(users.id, patients.userId))
        .where(where)
        .orderBy(asc(sql`lower(${patients.fullName})`), asc(patients.id))
        .limit(limit),
      tx.select({ n: count() }).from(patients).innerJoin(users, eq(users.id, patients.userId)).where(where),
    ]);
    await audit(tx, actor, { action: "patient.searched", details: { query: q, results: total?.n ?? 0 } });
    return { patients: rows, total: total?.n ?? 0, limit };
  });
}

export type PatientIntake = {
  id: string;
  createdAt: Date;
  appointmentId: string | null;
  complaintLocation: string;
  complaintSide: string;
  onset: string;
  painNow: number;
  painWorst: number;
  triageOutcome: TriageOutcome;
  redFlags: string[];
  answers: Record<string, unknown>;
};

export type PatientAppointment = { id: string; startsAt: Date; endsAt: Date; status: AppointmentStatus; serviceName: string; therapistName: string };

export type PatientAssessmentSummary = { id: string; createdAt: Date; authorEmail: string; authorName: string | null; revisions: number; lastRevisionAt: Date | null };

export type PatientPlanSummary = { id: string; title: string; startedOn: string; draft: boolean; phaseCount: number; currentPhase: { position: number; title: string } | null };

export type PatientRecord = {
  profile: { id: string; name: string; email: string; phone: string | null; dateOfBirth: string; portal: "active" | "not_activated" | "deactivated" };
  intakes: PatientIntake[];
  upcoming: PatientAppointment[];
  past: PatientAppointment[];
  assessments: PatientAssessmentSummary[];
  plan: PatientPlanSummary | null;
  /** The pain rule's flag (rule broken twice in a row, or pain rising over a week), when raised. */
  painFlag: TherapistFlag | null;
  attendance: AttendanceRecord & { cancelCutoffHours: number };
};

/** One patient's record as the patient page shows it; null for an unknown (or malformed) id. */
export async function getPatientRecord(session: SessionLike, patientId: string, now = new Date()): Promise<PatientRecord | null> {
  const actor = await requireStaff(session);
  if (!isUuid(patientId)) return null;
  return db.transaction(async (tx) => {
    const [profile] = await tx
      .select({
        id: patients.id,
        name: patients.fullName,
        email: users.email,
        phone: patients.phone,
        dateOfBirth: patients.dateOfBirth,
        activatedAt: users.activatedAt,
        deactivatedAt: users.deactivatedAt,
      })
      .from(patients)
      .innerJoin(users, eq(users.id, patients.userId))
      .where(eq(patients.id, patientId))
      .limit(1);
    if (!profile) return null;

    const intakeRows = await tx
      .select(intakeColumns)
      .from(intakes)
      .where(eq(intakes.patientId, profile.id))
      .orderBy(desc(intakes.createdAt));

    const appointmentRows = await tx
      .select(appointmentColumns)
      .from(appointments)
      .innerJoin(services, appointmentJoins.service)
      .innerJoin(therapists, appointmentJoins.therapist)
      .where(eq(appointments.patientId, profile.id))
      .orderBy(asc(appointments.startsAt));

    const assessmentRows = await tx
      .select({
        id: assessments.id,
        createdAt: assessments.createdAt,
        authorEmail: users.email,
        authorName: therapists.displayName,
        revisions: count(assessmentRevisions.id),
        lastRevisionAt: max(assessmentRevisions.createdAt),
      })
      .from(assessments)
      .innerJoin(users, eq(users.id, assessments.createdBy))
      .leftJoin(therapists, eq(therapists.userId, assessments.createdBy))
      .leftJoin(assessmentRevisions, eq(assessmentRevisions.assessmentId, assessments.id))
      .where(eq(assessments.patientId, profile.id))
      .groupBy(assessments.id, users.email, therapists.displayName)
      .orderBy(desc(assessments.createdAt));

    const [activePlan] = await tx
      .select({ id: plans.id, title: plans.title, startedOn: plans.startedOn, publishedAt: plans.publishedAt })
      .from(plans)
      .where(and(eq(plans.patientId, profile.id), eq(plans.status, "active")))
      .limit(1);
    let plan: PatientPlanSummary | null = null;
    if (activePlan) {
      const phases = await tx
        .select({ position: planPhases.position, title: planPhases.title, status: planPhases.status })
        .from(planPhases)
        .where(inArray(planPhases.planId, [activePlan.id]))
        .orderBy(asc(planPhases.position));
      const current = phases.find((p) => p.status === "current");
      plan = { id: activePlan.id, title: activePlan.title, startedOn: activePlan.startedOn, draft: activePlan.publishedAt === null, phaseCount: phases.length, currentPhase: current ? { position: current.position, title: current.title } : null };
    }

    const { cancelCutoffHours } = await getBookingSettings(tx);
    const attendance = { ...(await attendanceRecord(tx, profile.id, cancelCutoffHours)), cancelCutoffHours };

    await audit(tx, actor, {
      action: "patient.viewed",
      patientId: profile.id,
      recordType: "patient",
      recordId: profile.id,
      details: { view: "patient_page", intakes: intakeRows.length, appointments: appointmentRows.length, assessments: assessmentRows.length, plan: plan?.id ?? null },
    });
    await auditMany(
      tx,
      actor,
      intakeRows.map((intake) => ({ action: "intake.viewed", patientId: profile.id, recordType: "intake", recordId: intake.id, details: { view: "patient_page" } })),
    );

    const { activatedAt, deactivatedAt, ...rest } = profile;
    const nowMs = now.getTime();
    const painFlag = (await painFlagsFor(tx, [profile.id], todayIn(now))).get(profile.id) ?? null;
    return {
      profile: { ...rest, portal: deactivatedAt ? "deactivated" : activatedAt ? "active" : "not_activated" },
      intakes: intakeRows.map((row) => ({ ...row, redFlags: row.redFlags ?? [] })),
      upcoming: appointmentRows.filter((a) => a.endsAt.getTime() > nowMs),
      past: appointmentRows.filter((a) => a.endsAt.getTime() <= nowMs).reverse(),
      assessments: assessmentRows.map((row) => ({ ...row, revisions: Number(row.revisions) })),
      plan,
      painFlag,
      attendance,
    };
  });
}

export type PatientIntakeView = { patient: { id: string; name: string; dateOfBirth: string }; intake: PatientIntake };

/** One intake of one patient, for the intake page; null unless the intake is that patient's. Audited. */
export async function getPatientIntake(session: SessionLike, patientId: string, intakeId: string): Promise<PatientIntakeView | null> {
  const actor = await requireStaff(session);
  if (!isUuid(patientId) || !isUuid(intakeId)) return null;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ patientName: patients.fullName, dateOfBirth: patients.dateOfBirth, ...intakeColumns })
      .from(intakes)
      .innerJoin(patients, eq(patients.id, intakes.patientId))
      .where(and(eq(intakes.id, intakeId), eq(intakes.patientId, patientId)))
      .limit(1);
    if (!row) return null;
    await audit(tx, actor, { action: "intake.viewed", patientId, recordType: "intake", recordId: row.id, details: { view: "intake_page" } });
    const { patientName, dateOfBirth, ...intake } = row;
    return { patient: { id: patientId, name: patientName, dateOfBirth }, intake: { ...intake, redFlags: intake.redFlags ?? [] } };
  });
}
