"use server";

import { revalidatePath } from "next/cache";
import { setExerciseVariants } from "@/lib/data/staff/exercise-variants";
import { validatedAction } from "@/lib/actions/validated-action";
import { exerciseVariantsSchema } from "@/lib/validation/exercise-variants";
import type { FormState } from "@/lib/validation/form-state";
import { workspaceSession } from "@/app/area-session";

/** Sets a library exercise's easier and harder variant; patients' checklists offer the easier one at once. */
export async function setVariantsAction(exerciseId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return validatedAction(formData, {
    name: "exercise.set_variants",
    session: () => workspaceSession(`/praktijk/oefeningen/${exerciseId}`),
    schema: exerciseVariantsSchema,
    input: ["regressionId", "progressionId"],
    invalid: "Controleer de varianten. Er is niets gewijzigd.",
    run: async (data, { session, values }) => {
      const result = await setExerciseVariants(session, exerciseId, data);
      if (!result.ok && result.reason === "not_found") return { ok: false, message: "Deze oefening bestaat niet. Er is niets gewijzigd.", values };
      if (!result.ok) {
        const message = "Deze oefening is niet (meer) beschikbaar in de bibliotheek. Kies een andere.";
        return { ok: false, message: "Controleer de varianten. Er is niets gewijzigd.", fieldErrors: { [result.field]: [message] }, values };
      }
      revalidatePath("/praktijk/oefeningen", "layout");
      revalidatePath("/portaal", "layout");
      return { ok: true, message: "De varianten zijn opgeslagen. Patiënten met deze oefening zien de makkelijkere variant meteen in hun lijst.", values };
    },
  });
}
