"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { recordOutcomes } from "@/lib/data/outcomes";
import { parseOutcomeForm } from "@/lib/outcomes/measures";
import { formValues, type FormState } from "@/lib/validation/form-state";
import { portalSession } from "@/app/area-session";

/** The patient fills in PSK and NPRS for their own record. */
export async function recordOwnOutcomesAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const session = await portalSession("/portaal/metingen");
  const values = formValues(formData);
  const parsed = parseOutcomeForm(values);
  if (!parsed.ok) return { ok: false, message: "Controleer de gemarkeerde velden. Er is nog niets opgeslagen.", fieldErrors: parsed.fieldErrors, values };
  const result = await recordOutcomes(session, undefined, { psk: parsed.psk, nprs: parsed.nprs });
  if (!result.ok) return { ok: false, message: "Dat lukte niet. Log opnieuw in en probeer het nog eens.", values };
  revalidatePath("/portaal", "layout");
  redirect("/portaal/metingen?opgeslagen=1");
}
