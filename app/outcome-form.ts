import "server-only";
import { formSchema } from "@/lib/actions/validated-action";
import { parseOutcomeForm } from "@/lib/outcomes/measures";
import { formValues } from "@/lib/validation/form-state";

/** The PSK and NPRS form, the same for the patient and for the therapist in the room (for validatedAction). */
export const outcomeForm = {
  schema: formSchema((form) => {
    const parsed = parseOutcomeForm(formValues(form));
    return parsed.ok ? { ok: true, data: { psk: parsed.psk, nprs: parsed.nprs } } : parsed;
  }),
  input: (form: FormData) => form,
  invalid: "Controleer de gemarkeerde velden. Er is nog niets opgeslagen.",
} as const;
