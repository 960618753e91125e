"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { recordOutcomes } from "@/lib/data/outcomes";
import { parseOutcomeForm } from "@/lib/outcomes/measures";
import { formSchema, validatedAction } from "@/lib/actions/validated-action";
import { formValues, type FormState } from "@/lib/validation/form-state";
import { workspaceSession } from "@/app/area-session";

/** The therapist fills in PSK and NPRS with the patient in the room. */
export async function recordOutcomesAction(patientId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const page = `/praktijk/patienten/${String(patientId)}/metingen`;
  return validatedAction(formData, {
    name: "outcomes.record",
    session: () => workspaceSession(page),
    schema: formSchema((form) => {
      const parsed = parseOutcomeForm(formValues(form));
      return parsed.ok ? { ok: true, data: { psk: parsed.psk, nprs: parsed.nprs } } : parsed;
    }),
    input: (form) => form,
    invalid: "Controleer de gemarkeerde velden. Er is nog niets opgeslagen.",
    run: async (data, { session, values }): Promise<FormState> => {
      const result = await recordOutcomes(session, patientId, data);
      if (!result.ok) return { ok: false, message: "Deze patiënt bestaat niet (meer). Er is niets opgeslagen.", values };
      revalidatePath(`/praktijk/patienten/${patientId}`, "layout");
      redirect(`${page}?opgeslagen=1`);
    },
  });
}
