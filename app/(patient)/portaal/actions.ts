"use server";

import { revalidatePath } from "next/cache";
import { saveSession, type SaveSessionResult } from "@/lib/data/session-log";
import { validatedAction } from "@/lib/actions/validated-action";
import type { FormState } from "@/lib/validation/form-state";
import { EXERCISE_FIELD_PREFIX, sessionLogFromForm, sessionLogSchema } from "@/lib/validation/session-log";
import { portalSession } from "@/app/area-session";
import { formatCount } from "@/lib/time/format";

const refusals: Record<Exclude<SaveSessionResult, { ok: true }>["reason"], string> = {
  not_found: "Een van deze oefeningen hoort niet bij je huidige fase. Er is niets opgeslagen. Open de pagina opnieuw om je oefeningen van nu te zien.",
  no_current_phase: "Je hebt op dit moment geen fase om te oefenen, dus er valt niets vast te leggen.",
  future: "Een sessie leg je vast op de dag zelf of de dag erna, niet vooruit. Er is niets opgeslagen.",
  past: "Die dag is te lang geleden: je kunt vandaag en gisteren vastleggen of aanpassen. Open de pagina opnieuw.",
  invalid: "Deze dag klopt niet. Open de pagina opnieuw.",
  morning_closed: "De vraag over vanochtend hoort bij een sessie van gisteren of eergisteren. Er is niets opgeslagen. Open de pagina opnieuw.",
};

/** The day's checklist in one save (today or yesterday), with the morning score of the previous session. */
export async function saveSessionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return validatedAction(formData, {
    name: "session_log.save",
    session: () => portalSession("/portaal"),
    schema: sessionLogSchema,
    input: sessionLogFromForm,
    invalid: "Controleer je invoer. Er is niets opgeslagen.",
    run: async (data, { session, values = {} }): Promise<FormState> => {
      const result = await saveSession(session, data);
      if (!result.ok) {
        // An exercise that is not the patient's own is not echoed back (its id came from a tampered form); the
        // message asks to reopen the page, which shows what is saved.
        const kept = result.reason === "not_found" ? Object.fromEntries(Object.entries(values).filter(([key]) => !key.startsWith(EXERCISE_FIELD_PREFIX))) : values;
        return { ok: false, message: refusals[result.reason], values: kept };
      }
      // A queued log sent again after its answer got lost (decision 021): nothing is stored twice.
      if (result.duplicate) return { ok: true, message: "Dit logboek was al ontvangen en opgeslagen. Er is niets dubbel vastgelegd." };
      revalidatePath("/portaal", "layout");
      const parts = [
        result.saved ? `${formatCount(result.saved, "oefening", "oefeningen")} ${result.updated ? "bijgewerkt" : "opgeslagen"}` : null,
        result.morning ? "je pijn van vanochtend is genoteerd" : null,
      ].filter(Boolean);
      const sentence = parts.join(" en ");
      return { ok: true, message: `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}. Je kunt het tot en met morgen nog aanpassen.` };
    },
  });
}
