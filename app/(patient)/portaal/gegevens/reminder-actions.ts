"use server";

import { revalidatePath } from "next/cache";
import { setOwnReminderPreferences } from "@/lib/data/reminder-preferences";
import { z } from "zod";
import { validatedAction } from "@/lib/actions/validated-action";
import type { FormState } from "@/lib/validation/form-state";
import { portalSession } from "@/app/area-session";

const checkbox = z.unknown().transform((value) => value === "ja");

/** Saves the patient's reminder choices. A checkbox is on when the form sends "ja"; anything else is off. */
export async function updateRemindersAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return validatedAction(formData, {
    name: "reminders.update_own",
    session: () => portalSession("/portaal/gegevens"),
    schema: z.object({ byEmail: checkbox, sms: checkbox, morning: checkbox }),
    input: ["byEmail", "sms", "morning"],
    run: async ({ byEmail, sms, morning }, { session }): Promise<FormState> => {
      const result = await setOwnReminderPreferences(session, { byEmail, sms, morning });
      if (!result.ok) {
        return {
          ok: false,
          message: "Je keuzes zijn niet opgeslagen.",
          fieldErrors: { sms: ["Voor sms-herinneringen hebben we een mobiel nummer nodig (06…). Geef je nummer door aan de praktijk."] },
        };
      }
      revalidatePath("/portaal/gegevens");
      const parts = [byEmail ? "Je krijgt herinneringen per e-mail" : "Je krijgt geen herinneringen meer per e-mail", sms ? "en een sms kort voor je afspraak." : "en geen sms.", morning ? "De ochtend na een sessie vragen we per e-mail hoe het voelt." : ""];
      return { ok: true, message: `Opgeslagen. ${parts.join(" ").trim()}` };
    },
  });
}
