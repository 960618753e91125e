"use server";

import { revalidatePath } from "next/cache";
import { requestOwnErasure } from "@/lib/data/erasure";
import { validatedAction } from "@/lib/actions/validated-action";
import type { FormState } from "@/lib/validation/form-state";
import { erasureRequestSchema } from "@/lib/validation/erasure";
import { portalSession } from "@/app/area-session";

/** Records the patient's request for erasure (decision 024); the practice answers it. */
export async function requestErasureAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return validatedAction(formData, {
    name: "erasure.request_own",
    session: () => portalSession("/portaal/gegevens"),
    schema: erasureRequestSchema,
    input: ["message", "confirm"],
    invalid: "Je verzoek is nog niet verstuurd.",
    run: async ({ message }, { session }): Promise<FormState> => {
      await requestOwnErasure(session, message);
      revalidatePath("/portaal/gegevens");
      return { ok: true, message: "Je verzoek is ontvangen. De praktijk antwoordt je binnen een maand, per e-mail en hier." };
    },
  });
}
