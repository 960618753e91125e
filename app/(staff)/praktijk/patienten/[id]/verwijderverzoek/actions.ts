"use server";

import { redirect } from "next/navigation";
import { answerErasureRequest } from "@/lib/data/staff/erasure";
import { validatedAction } from "@/lib/actions/validated-action";
import type { FormState } from "@/lib/validation/form-state";
import { erasureAnswerSchema } from "@/lib/validation/erasure";
import { workspaceSession } from "@/app/area-session";

/** Answers a request for erasure (decision 024): the record stays; optionally the portal account is closed. */
export async function answerErasureAction(patientId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return validatedAction(formData, {
    name: "erasure.answer",
    session: () => workspaceSession(`/praktijk/patienten/${String(patientId)}/verwijderverzoek`),
    schema: erasureAnswerSchema,
    input: ["requestId", "note", "closeAccount"],
    invalid: "Controleer de gemarkeerde velden. Er is nog niets verstuurd.",
    run: async ({ requestId, note, closeAccount }, { session }): Promise<FormState> => {
      const result = await answerErasureRequest(session, requestId, { note, closeAccount });
      if (!result.ok) {
        return { ok: false, message: result.reason === "answered" ? "Dit verzoek is al beantwoord." : "Dit verzoek bestaat niet (meer)." };
      }
      redirect(`/praktijk/patienten/${result.patientId}/verwijderverzoek?beantwoord=${closeAccount ? "gesloten" : "ja"}`);
    },
  });
}
