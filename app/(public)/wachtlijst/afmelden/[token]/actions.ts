"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { validatedAction } from "@/lib/actions/validated-action";
import { leaveWaitlist } from "@/lib/data/waitlist";
import type { FormState } from "@/lib/validation/form-state";

/** Leaves the waitlist through the link in an e-mail (whoever holds it). */
export async function leaveByLinkAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return validatedAction(formData, {
    name: "waitlist.leave_by_link",
    session: null,
    schema: z.object({ token: z.string().default("") }),
    input: ["token"],
    run: async ({ token }): Promise<FormState> => {
      const outcome = await leaveWaitlist({ via: "token", token });
      if (outcome === "not_found") return { ok: false, message: "Deze link werkt niet (meer). Sta je nog op de wachtlijst? Gebruik dan de link in je nieuwste e-mail, of bel ons." };
      redirect(`/wachtlijst/afmelden/${token}?afgemeld=1`);
    },
  });
}
