"use server";

import { redirect } from "next/navigation";
import { confirmHeldBooking } from "@/lib/data/booking-holds";
import { z } from "zod";
import { validatedAction } from "@/lib/actions/validated-action";
import type { FormState } from "@/lib/validation/form-state";

/** The owner of an address confirms a booking made with it (decision 016): authorised by the link's token. */
export async function confirmHoldByLinkAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return validatedAction(formData, {
    name: "booking.confirm_hold",
    session: null,
    schema: z.object({ token: z.string().default("") }),
    input: ["token"],
    run: async ({ token }) => {
      const outcome = await confirmHeldBooking(token);
      if (outcome.status === "expired") {
        return { ok: false, message: "De tijd werd niet langer voor je vastgehouden: de aanvraag is verlopen. Maak gerust een nieuwe afspraak." };
      }
      if (outcome.status === "not_found") {
        return { ok: false, message: "Deze aanvraag bestaat niet (meer). Is hij al bevestigd? Dan heb je een e-mail met de bevestiging gekregen." };
      }
      redirect(`/afspraak/beheer/${outcome.manageToken}?bevestigd=1`);
    },
  });
}
