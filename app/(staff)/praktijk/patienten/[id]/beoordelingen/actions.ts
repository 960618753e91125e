"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getAssessment } from "@/lib/data/staff/assessment-history";
import { amendAssessment, createAssessment } from "@/lib/data/staff/assessments";
import { amendmentSchema, assessmentContentSchema, assessmentInput, contentToValues, newAssessmentSchema } from "@/lib/validation/assessment";
import { fieldErrorsFrom, formValues, type FormState } from "@/lib/validation/form-state";
import { workspaceSession } from "@/app/area-session";

const base = (patientId: string) => `/praktijk/patienten/${patientId}`;

export async function createAssessmentAction(patientId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const session = await workspaceSession(`${base(patientId)}/beoordelingen/nieuw`);
  const input = assessmentInput(formData);
  const content = assessmentContentSchema.safeParse(input);
  const link = newAssessmentSchema.safeParse(input);
  const values = formValues(formData);
  if (!content.success || !link.success) {
    return {
      ok: false,
      message: "Controleer de gemarkeerde velden. Er is nog niets opgeslagen.",
      fieldErrors: { ...(content.success ? {} : fieldErrorsFrom(content.error)), ...(link.success ? {} : fieldErrorsFrom(link.error)) },
      values,
    };
  }
  const result = await createAssessment(session, patientId, { appointmentId: link.data.appointmentId, content: content.data });
  if (!result.ok) {
    if (result.reason === "appointment_not_found") {
      return { ok: false, message: "Deze afspraak hoort niet bij deze patiënt. Kies een andere of geen afspraak.", fieldErrors: { appointmentId: ["Kies een afspraak uit de lijst."] }, values };
    }
    return { ok: false, message: "Deze patiënt bestaat niet (meer). Er is niets opgeslagen.", values };
  }
  revalidatePath(base(patientId), "layout");
  redirect(`${base(patientId)}/beoordelingen/${result.assessmentId}?opgeslagen=1`);
}

export async function amendAssessmentAction(patientId: string, assessmentId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const page = `${base(patientId)}/beoordelingen/${assessmentId}`;
  const session = await workspaceSession(page);
  const input = assessmentInput(formData);
  const content = assessmentContentSchema.safeParse(input);
  const amendment = amendmentSchema.safeParse(input);
  const values = formValues(formData);
  if (!content.success || !amendment.success) {
    return {
      ok: false,
      message: "Controleer de gemarkeerde velden. Er is nog niets gewijzigd.",
      fieldErrors: { ...(content.success ? {} : fieldErrorsFrom(content.error)), ...(amendment.success ? {} : fieldErrorsFrom(amendment.error)) },
      values,
    };
  }
  const result = await amendAssessment(session, patientId, assessmentId, { ...amendment.data, content: content.data });
  if (result.ok) {
    revalidatePath(base(patientId), "layout");
    redirect(`${page}?gewijzigd=${result.revision}#geschiedenis`);
  }
  if (result.reason === "conflict") {
    // Show the fresh revision in the form; the reason the user typed is kept so they can try again.
    const fresh = await getAssessment(session, patientId, assessmentId);
    revalidatePath(page);
    return {
      ok: false,
      message: `Iemand anders heeft deze beoordeling net gewijzigd (nu versie ${result.latestRevision}). Het formulier toont die nieuwste versie; bekijk de geschiedenis en breng je wijziging opnieuw aan. Er is niets van jou opgeslagen.`,
      values: fresh
        ? { ...contentToValues(fresh.latest.content), expectedRevision: String(fresh.latest.revision), amendmentReason: values.amendmentReason ?? "" }
        : values,
    };
  }
  if (result.reason === "unchanged") return { ok: false, message: "Je hebt niets veranderd ten opzichte van de laatste versie, dus er is geen nieuwe versie gemaakt.", values };
  return { ok: false, message: "Deze beoordeling bestaat niet. Er is niets gewijzigd.", values };
}
