"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { validatedAction } from "@/lib/actions/validated-action";
import { markAppointment } from "@/lib/data/staff/agenda";
import { formatDateTime } from "@/lib/time/format";
import type { FormState } from "@/lib/validation/form-state";
import { workspaceSession } from "@/app/area-session";

/** The agenda's action: mark an appointment attended or no-show. Who may, and when, is decided in lib/data. */
const refusals = {
  cancelled: "Deze afspraak is geannuleerd; je kunt hem niet afronden.",
  future: "Dat kan pas op de dag van de afspraak.",
  not_own: "Je kunt alleen je eigen afspraken afronden. Vraag het de behandelaar of de beheerder.",
} as const;

export async function markAttendanceAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return validatedAction(formData, {
    name: "appointment.mark_attendance",
    session: () => workspaceSession("/praktijk"),
    forbidden: "Met dit account kun je geen afspraken afronden.",
    schema: z.object({ uitkomst: z.enum(["attended", "no_show"], "Kies ‘Aanwezig’ of ‘Niet verschenen’."), id: z.string().default("") }),
    input: ["uitkomst", "id"],
    invalid: "Kies ‘Aanwezig’ of ‘Niet verschenen’.",
    run: async ({ uitkomst, id }, { session }): Promise<FormState> => {
      const outcome = await markAppointment(session, id, uitkomst);
      if (outcome.status === "not_found") return { ok: false, message: "Deze afspraak bestaat niet (meer)." };
      if (outcome.status === "refused") return { ok: false, message: refusals[outcome.reason] };
      revalidatePath("/praktijk");
      const when = formatDateTime(outcome.startsAt);
      return { ok: true, message: outcome.mark === "attended" ? `${outcome.patientName} is aanwezig geweest (${when}).` : `${outcome.patientName} is niet verschenen (${when}).` };
    },
  });
}
