"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { validatedAction } from "@/lib/actions/validated-action";
import { leaveWaitlist } from "@/lib/data/waitlist";
import type { FormState } from "@/lib/validation/form-state";
import { portalSession } from "@/app/area-session";

/** The patient leaves one of their own waitlist entries (ownership decided in lib/data/waitlist.ts). */
export async function leaveOwnWaitlistAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return validatedAction(formData, {
    name: "waitlist.leave_own",
    session: () => portalSession("/portaal/afspraken"),
    schema: z.object({ entryId: z.string().default("") }),
    input: ["entryId"],
    run: async ({ entryId }, { session }): Promise<FormState> => {
      const outcome = await leaveWaitlist({ via: "patient", session, entryId });
      if (outcome === "not_found") return { ok: false, message: "Deze aanmelding bestaat niet (meer) op je wachtlijst. De pagina is bijgewerkt." };
      revalidatePath("/portaal/afspraken");
      return { ok: true, message: "Je staat niet meer op deze wachtlijst." };
    },
  });
}
