import "server-only";
import { desc, eq } from "drizzle-orm";
import { db, type Executor } from "@/db";
import { isUniqueViolation } from "@/lib/data/db-errors";
import { intakes, intakeScreenings, patientIdentifiers, patients, therapists, users, type DeterminantAnswers } from "@/db/schema";
import { requireStaff, type SessionLike } from "@/lib/auth/actor";
import { encryptBsn, maskBsn } from "@/lib/security/bsn";
import { audit } from "../audit";
import { isUuid } from "../patient-scope";
import { staffName } from "./staff-names";

/**
 * Dossier phase 1 and the BSN (issue 17, point 1). The screening is amend-only: each save is a new revision
 * (the database refuses changes), the last one is current; the therapist confirms it at the first visit. The
 * BSN is entered by staff after an ID check, stored encrypted, and only ever shown masked. Staff only; every
 * read and write is audited.
 */
export type ScreeningInput = {
  helpQuestion: string;
  gpName: string;
  gpPractice: string;
  insurer: string;
  access: "direct" | "referral";
  referrerName: string;
  referralDate: string | null;
  determinants: DeterminantAnswers;
  outcome: "pluis" | "niet_pluis" | null;
  outcomeNote: string;
  confirmed: boolean;
  amendmentReason: string;
};

export type ScreeningView = ScreeningInput & { revision: number; recordedByName: string; createdAt: Date; nothingPresent: boolean };

export type PhaseOneView = {
  patient: { id: string; name: string };
  screening: ScreeningView | null;
  revisions: number;
  /** The latest intake's goals: a starting point for the help question. */
  intakeGoals: string | null;
  bsn: { masked: string; idDocument: string; checkedAt: Date; checkedByName: string } | null;
};

async function findPatient(executor: Executor, patientId: string) {
  if (!isUuid(patientId)) return null;
  const [row] = await executor.select({ id: patients.id, name: patients.fullName }).from(patients).where(eq(patients.id, patientId)).limit(1);
  return row ?? null;
}

export async function getPhaseOne(session: SessionLike, patientId: string): Promise<PhaseOneView | null> {
  const actor = await requireStaff(session);
  return db.transaction(async (tx) => {
    const patient = await findPatient(tx, patientId);
    if (!patient) return null;
    const rows = await tx
      .select({ row: intakeScreenings, name: staffName })
      .from(intakeScreenings)
      .innerJoin(users, eq(users.id, intakeScreenings.recordedBy))
      .leftJoin(therapists, eq(therapists.userId, users.id))
      .where(eq(intakeScreenings.patientId, patient.id))
      .orderBy(desc(intakeScreenings.revision));
    const [intake] = await tx.select({ answers: intakes.answers }).from(intakes).where(eq(intakes.patientId, patient.id)).orderBy(desc(intakes.createdAt)).limit(1);
    const [identifier] = await tx
      .select({ last: patientIdentifiers.bsnLastThree, doc: patientIdentifiers.idDocument, at: patientIdentifiers.idCheckedAt, name: staffName })
      .from(patientIdentifiers)
      .innerJoin(users, eq(users.id, patientIdentifiers.idCheckedBy))
      .leftJoin(therapists, eq(therapists.userId, users.id))
      .where(eq(patientIdentifiers.patientId, patient.id));
    await audit(tx, actor, { action: "screening.viewed", patientId: patient.id, recordType: "screening", recordId: rows[0]?.row.id ?? null });
    const latest = rows[0];
    const goals = intake && typeof intake.answers.goals === "string" ? intake.answers.goals : null;
    return {
      patient,
      revisions: rows.length,
      intakeGoals: goals,
      screening: latest
        ? {
            helpQuestion: latest.row.helpQuestion,
            gpName: latest.row.gpName,
            gpPractice: latest.row.gpPractice,
            insurer: latest.row.insurer,
            access: latest.row.access,
            referrerName: latest.row.referrerName,
            referralDate: latest.row.referralDate,
            determinants: latest.row.determinants,
            nothingPresent: latest.row.nothingPresent,
            outcome: latest.row.outcome,
            outcomeNote: latest.row.outcomeNote,
            confirmed: latest.row.confirmed,
            amendmentReason: latest.row.amendmentReason,
            revision: latest.row.revision,
            recordedByName: latest.name,
            createdAt: latest.row.createdAt,
          }
        : null,
      bsn: identifier ? { masked: maskBsn(identifier.last), idDocument: identifier.doc, checkedAt: identifier.at, checkedByName: identifier.name } : null,
    };
  });
}

export type SaveScreeningResult = { ok: true; revision: number } | { ok: false; reason: "not_found" | "reason_required" | "conflict" };

/** Saves a new revision of the screening; after the first, a reason is required. */
export async function saveScreening(session: SessionLike, patientId: string, input: ScreeningInput): Promise<SaveScreeningResult> {
  const actor = await requireStaff(session);
  try {
    return await db.transaction(async (tx) => {
      const patient = await findPatient(tx, patientId);
      if (!patient) return { ok: false, reason: "not_found" } as const;
      const [last] = await tx.select({ revision: intakeScreenings.revision }).from(intakeScreenings).where(eq(intakeScreenings.patientId, patient.id)).orderBy(desc(intakeScreenings.revision)).limit(1);
      const revision = (last?.revision ?? 0) + 1;
      if (revision > 1 && input.amendmentReason.trim().length < 3) return { ok: false, reason: "reason_required" } as const;
      const [intake] = await tx.select({ id: intakes.id }).from(intakes).where(eq(intakes.patientId, patient.id)).orderBy(desc(intakes.createdAt)).limit(1);
      const nothingPresent = Object.values(input.determinants).every((d) => !d.present);
      const [row] = await tx
        .insert(intakeScreenings)
        .values({ ...input, patientId: patient.id, intakeId: intake?.id ?? null, revision, nothingPresent, recordedBy: actor.userId, amendmentReason: revision === 1 ? "" : input.amendmentReason })
        .returning({ id: intakeScreenings.id });
      await audit(tx, actor, {
        action: input.confirmed ? "screening.confirmed" : revision === 1 ? "screening.created" : "screening.amended",
        patientId: patient.id,
        recordType: "screening",
        recordId: row!.id,
        details: { revision, outcome: input.outcome },
      });
      return { ok: true, revision } as const;
    });
  } catch (error) {
    if (isUniqueViolation(error, "intake_screenings_revision_key")) return { ok: false, reason: "conflict" };
    throw error;
  }
}

/** Records (or corrects) the BSN after an ID check. The number itself is never returned. */
export async function recordBsn(session: SessionLike, patientId: string, input: { bsn: string; idDocument: "paspoort" | "identiteitskaart" | "rijbewijs" | "verblijfsdocument" }): Promise<{ ok: boolean }> {
  const actor = await requireStaff(session);
  return db.transaction(async (tx) => {
    const patient = await findPatient(tx, patientId);
    if (!patient) return { ok: false };
    const values = { bsnEncrypted: encryptBsn(input.bsn), bsnLastThree: input.bsn.slice(-3), idDocument: input.idDocument, idCheckedBy: actor.userId, idCheckedAt: new Date() };
    const [existing] = await tx.select({ id: patientIdentifiers.patientId }).from(patientIdentifiers).where(eq(patientIdentifiers.patientId, patient.id)).for("update");
    if (existing) await tx.update(patientIdentifiers).set(values).where(eq(patientIdentifiers.patientId, patient.id));
    else await tx.insert(patientIdentifiers).values({ patientId: patient.id, ...values });
    await audit(tx, actor, { action: existing ? "bsn.corrected" : "bsn.recorded", patientId: patient.id, recordType: "patient", recordId: patient.id, details: { idDocument: input.idDocument } });
    return { ok: true };
  });
}
