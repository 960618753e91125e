import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { db } from "@/db";
import { intakes } from "@/db/schema";
import { requirePatient, type SessionLike } from "@/lib/auth/actor";
import { intakeSummaryColumns } from "./internal/query-shapes";
import { isUuid } from "./patient-scope";

/**
 * The patient's own intakes, as they filled them in, for *Mijn gegevens*. The complete answers are in the
 * data export; the portal shows the summary. Any intake id that is not the patient's own is "not found".
 */
export type OwnIntakeSummary = {
  id: string;
  createdAt: Date;
  complaintLocation: string;
  complaintSide: "left" | "right" | "both" | "not_applicable";
  onset: "acute" | "gradual";
  painNow: number;
  painWorst: number;
};

export async function listOwnIntakes(session: SessionLike): Promise<OwnIntakeSummary[]> {
  const { patientId } = await requirePatient(session);
  return db.select(intakeSummaryColumns).from(intakes).where(eq(intakes.patientId, patientId)).orderBy(desc(intakes.createdAt));
}

export async function getOwnIntake(session: SessionLike, intakeId: string): Promise<(OwnIntakeSummary & { consentAt: Date }) | null> {
  const { patientId } = await requirePatient(session);
  if (!isUuid(intakeId)) return null;
  const [row] = await db
    .select({ ...intakeSummaryColumns, consentAt: intakes.consentAt })
    .from(intakes)
    .where(and(eq(intakes.id, intakeId), eq(intakes.patientId, patientId)))
    .limit(1);
  return row ?? null;
}
