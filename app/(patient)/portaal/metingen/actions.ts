"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { recordOutcomes } from "@/lib/data/outcomes";
import { parseOutcomeForm } from "@/lib/outcomes/measures";
import { formSchema, validatedAction } from "@/lib/actions/validated-action";
import { formValues, type FormState } from "@/lib/validation/form-state";
import { portalSession } from "@/app/area-session";

/** The patient fills in PSK and NPRS for their own record. */
export async function recordOwnOutcomesAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return validatedAction(formData, {
    name: "outcomes.record_own",
    session: () => portalSession("/portaal/metingen"),
    schema: formSchema((form) => {
      const parsed = parseOutcomeForm(formValues(form));
      return parsed.ok ? { ok: true, data: { psk: parsed.psk, nprs: parsed.nprs } } : parsed;
    }),
    input: (form) => form,
    invalid: "Controleer de gemarkeerde velden. Er is nog niets opgeslagen.",
    run: async (data, { session, values }): Promise<FormState> => {
      const result = await recordOutcomes(session, undefined, data);
      if (!result.ok) return { ok: false, message: "Dat lukte niet. Log opnieuw in en probeer het nog eens.", values };
      revalidatePath("/portaal", "layout");
      redirect("/portaal/metingen?opgeslagen=1");
    },
  });
}
