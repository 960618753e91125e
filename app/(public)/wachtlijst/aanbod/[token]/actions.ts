"use server";

import { redirect } from "next/navigation";
import { claimOffer } from "@/lib/data/waitlist-claim";
import { practice } from "@/lib/practice";
import { z } from "zod";
import { validatedAction } from "@/lib/actions/validated-action";
import type { FormState } from "@/lib/validation/form-state";

/** Claims a waitlist offer: authorised by the link's token (decided in lib/data/waitlist-claim.ts). */
export async function claimOfferByLinkAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return validatedAction(formData, {
    name: "waitlist.claim_offer",
    session: null,
    schema: z.object({ token: z.string().default("") }),
    input: ["token"],
    run: async ({ token }): Promise<FormState> => {
      const outcome = await claimOffer(token);
      switch (outcome.status) {
        case "booked":
          redirect(`/afspraak/beheer/${outcome.manageToken}?bevestigd=1`);
        case "already_booked":
          return { ok: false, message: "Deze tijd is al voor je geboekt. De bevestiging staat in je e-mail." };
        case "lost":
          return { ok: false, message: "Helaas, deze tijd is net vergeven aan iemand anders. Je blijft op de wachtlijst; bij de volgende vrije tijd hoor je van ons." };
        case "expired":
          return { ok: false, message: "Dit aanbod is verlopen. Je blijft op de wachtlijst; bij de volgende vrije tijd hoor je van ons." };
        case "call_us":
          return { ok: false, message: `Deze tijd kunnen we niet online voor je vastleggen. Bel ons op ${practice.phone}, dan regelen we het samen.` };
        case "not_found":
          return { ok: false, message: "Dit aanbod bestaat niet (meer)." };
      }
    },
  });
}
