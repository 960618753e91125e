"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { recordOutcomes } from "@/lib/data/outcomes";
import { validatedAction } from "@/lib/actions/validated-action";
import type { FormState } from "@/lib/validation/form-state";
import { outcomeForm } from "@/app/outcome-form";
import { workspaceSession } from "@/app/area-session";

/** The therapist fills in PSK and NPRS with the patient in the room. */
export async function recordOutcomesAction(patientId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const page = `/praktijk/patienten/${String(patientId)}/metingen`;
  return validatedAction(formData, {
    ...outcomeForm,
    name: "outcomes.record",
    session: () => workspaceSession(page),
    run: async (data, { session, values }): Promise<FormState> => {
      const result = await recordOutcomes(session, patientId, data);
      if (!result.ok) return { ok: false, message: "Deze patiënt bestaat niet (meer). Er is niets opgeslagen.", values };
      revalidatePath(`/praktijk/patienten/${patientId}`, "layout");
      redirect(`${page}?opgeslagen=1`);
    },
  });
}
