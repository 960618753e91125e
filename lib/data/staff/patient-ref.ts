import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db";
import { patients } from "@/db/schema";
import { isUuid } from "../patient-scope";

/** The patient a clinical page is about, by id; null for a malformed or unknown id. Internal to lib/data: the caller has checked the session. */
export type PatientRef = { id: string; name: string };

export async function findPatient(executor: Executor, patientId: string): Promise<PatientRef | null> {
  if (!isUuid(patientId)) return null;
  const [row] = await executor.select({ id: patients.id, name: patients.fullName }).from(patients).where(eq(patients.id, patientId)).limit(1);
  return row ?? null;
}
