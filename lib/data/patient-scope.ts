import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { patients } from "@/db/schema";
import { requireActor, type Actor, type SessionLike } from "@/lib/auth/actor";
import { audit } from "./audit";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a value from a URL or a form can be an id at all; anything else is "not found" without a query. */
export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}

/** Whose record a call is about, decided from the session. */
export type PatientScope = { actor: Actor; patientId: string; asStaff: boolean };

/**
 * The one rule for reading a patient's record:
 * - a patient always gets their own record; naming any other patient yields null (not found, never the data);
 * - staff (therapists and admins) name the patient, and every such access is appended to the audit log
 *   (NEN 7513) with what was accessed, before anything is returned.
 * Throws AuthRequiredError without a valid session.
 */
export async function patientScope(
  session: SessionLike,
  patientId: string | undefined,
  access: { action: string; recordType: string; recordId?: string | null },
): Promise<PatientScope | null> {
  const actor = await requireActor(session);
  if (actor.role === "patient") {
    if (!actor.patientId) return null;
    if (patientId !== undefined && patientId !== actor.patientId) return null;
    return { actor, patientId: actor.patientId, asStaff: false };
  }
  if (!isUuid(patientId)) return null;
  const [patient] = await db.select({ id: patients.id }).from(patients).where(eq(patients.id, patientId)).limit(1);
  if (!patient) return null;
  await audit(db, actor, { action: access.action, patientId, recordType: access.recordType, recordId: access.recordId ?? null });
  return { actor, patientId, asStaff: true };
}
