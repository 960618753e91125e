"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { retryFailedJob } from "@/lib/data/staff/jobs";
import { nudgeJobWorker } from "@/lib/jobs/worker";
import { z } from "zod";
import { validatedAction } from "@/lib/actions/validated-action";
import type { FormState } from "@/lib/validation/form-state";
import { staffSession } from "../settings-guard";

const PAGE = "/praktijk/taken";

/** Sends a failed job back to the queue (admins only, decided again in lib/data/staff/jobs.ts). */
export async function retryJobAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return validatedAction(formData, {
    name: "jobs.retry",
    session: () => staffSession(PAGE),
    roles: ["admin"],
    forbidden: "Dit kan alleen een beheerder. Er is niets gewijzigd.",
    schema: z.object({ jobId: z.string().default("") }),
    input: ["jobId"],
    run: async ({ jobId }, { session }) => {
      const result = await retryFailedJob(session, jobId);
      if (result === "not_found") return { ok: false, message: "Deze taak bestaat niet of wacht al op een nieuwe poging. De pagina is bijgewerkt." };
      nudgeJobWorker();
      revalidatePath(PAGE);
      redirect(`${PAGE}?melding=opnieuw`);
    },
  });
}
