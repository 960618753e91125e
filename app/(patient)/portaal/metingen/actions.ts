"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { recordOutcomes } from "@/lib/data/outcomes";
import { validatedAction } from "@/lib/actions/validated-action";
import type { FormState } from "@/lib/validation/form-state";
import { outcomeForm } from "@/app/outcome-form";
import { portalSession } from "@/app/area-session";

/** The patient fills in PSK and NPRS for their own record. */
export async function recordOwnOutcomesAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return validatedAction(formData, {
    ...outcomeForm,
    name: "outcomes.record_own",
    session: () => portalSession("/portaal/metingen"),
    run: async (data, { session, values }): Promise<FormState> => {
      const result = await recordOutcomes(session, undefined, data);
      if (!result.ok) return { ok: false, message: "Dat lukte niet. Log opnieuw in en probeer het nog eens.", values };
      revalidatePath("/portaal", "layout");
      redirect("/portaal/metingen?opgeslagen=1");
    },
  });
}
