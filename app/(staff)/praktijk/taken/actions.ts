"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { retryFailedJob } from "@/lib/data/staff/jobs";
import { nudgeJobWorker } from "@/lib/jobs/worker";
import type { FormState } from "@/lib/validation/form-state";
import { adminActionSession } from "../settings-guard";

const PAGE = "/praktijk/taken";

/** Sends a failed job back to the queue (admins only, decided again in lib/data/staff/jobs.ts). */
export async function retryJobAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const session = await adminActionSession(PAGE);
  if (!session) return { ok: false, message: "Dit kan alleen een beheerder. Er is niets gewijzigd." };
  const jobId = formData.get("jobId");
  const result = await retryFailedJob(session, typeof jobId === "string" ? jobId : "");
  if (result === "not_found") return { ok: false, message: "Deze taak bestaat niet of wacht al op een nieuwe poging. De pagina is bijgewerkt." };
  nudgeJobWorker();
  revalidatePath(PAGE);
  redirect(`${PAGE}?melding=opnieuw`);
}
