"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { recordOutcomes } from "@/lib/data/outcomes";
import { parseOutcomeForm } from "@/lib/outcomes/measures";
import { formValues, type FormState } from "@/lib/validation/form-state";
import { workspaceSession } from "@/app/area-session";

/** The therapist fills in PSK and NPRS with the patient in the room. */
export async function recordOutcomesAction(patientId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const page = `/praktijk/patienten/${String(patientId)}/metingen`;
  const session = await workspaceSession(page);
  const values = formValues(formData);
  const parsed = parseOutcomeForm(values);
  if (!parsed.ok) return { ok: false, message: "Controleer de gemarkeerde velden. Er is nog niets opgeslagen.", fieldErrors: parsed.fieldErrors, values };
  const result = await recordOutcomes(session, patientId, { psk: parsed.psk, nprs: parsed.nprs });
  if (!result.ok) return { ok: false, message: "Deze patiënt bestaat niet (meer). Er is niets opgeslagen.", values };
  revalidatePath(`/praktijk/patienten/${patientId}`, "layout");
  redirect(`${page}?opgeslagen=1`);
}
