"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { amendVisitNote, createVisitNote } from "@/lib/data/staff/visit-notes";
import { fieldErrorsFrom, formValues, type FormState } from "@/lib/validation/form-state";
import { noteAmendmentSchema, visitNoteInput, visitNoteSchema } from "@/lib/validation/visit-note";
import { workspaceSession } from "@/app/area-session";

const notePath = (patientId: string, appointmentId: string) => `/praktijk/patienten/${patientId}/afspraken/${appointmentId}`;

/** Saves the first version of an appointment's note, or (with expectedRevision) a new revision with a reason. */
export async function saveVisitNoteAction(patientId: string, appointmentId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const page = notePath(String(patientId), String(appointmentId));
  const session = await workspaceSession(page);
  const input = visitNoteInput(formData);
  const values = formValues(formData);
  const content = visitNoteSchema.safeParse(input);
  const amending = "expectedRevision" in input;
  const amendment = amending ? noteAmendmentSchema.safeParse(input) : null;
  if (!content.success || (amendment && !amendment.success)) {
    return {
      ok: false,
      message: "Controleer de gemarkeerde velden. Er is nog niets opgeslagen.",
      fieldErrors: { ...(content.success ? {} : fieldErrorsFrom(content.error)), ...(amendment && !amendment.success ? fieldErrorsFrom(amendment.error) : {}) },
      values,
    };
  }
  const result = amendment?.success
    ? await amendVisitNote(session, patientId, appointmentId, { ...amendment.data, content: content.data })
    : await createVisitNote(session, patientId, appointmentId, content.data);
  if (result.ok) {
    revalidatePath(`/praktijk/patienten/${patientId}`, "layout");
    redirect(`${page}?opgeslagen=${result.revision}#notitie`);
  }
  switch (result.reason) {
    case "conflict":
      return { ok: false, message: `Iemand anders heeft deze notitie net gewijzigd (nu versie ${result.latestRevision}). Laad de pagina opnieuw en breng je wijziging opnieuw aan; er is niets van jou opgeslagen.`, values };
    case "exists":
      return { ok: false, message: "Bij deze afspraak is intussen al een notitie vastgelegd. Laad de pagina opnieuw om die aan te vullen.", values };
    case "unchanged":
      return { ok: false, message: "Je hebt niets veranderd ten opzichte van de laatste versie, dus er is geen nieuwe versie gemaakt.", values };
    case "cancelled":
      return { ok: false, message: "Deze afspraak is geannuleerd; bij een geannuleerde afspraak hoort geen behandelnotitie.", values };
    default:
      return { ok: false, message: "Deze afspraak bestaat niet (meer) bij deze patiënt. Er is niets opgeslagen.", values };
  }
}
