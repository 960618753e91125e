"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getAssessment } from "@/lib/data/staff/assessment-history";
import { amendAssessment, createAssessment } from "@/lib/data/staff/assessments";
import { amendmentSchema, assessmentContentSchema, assessmentInput, contentToValues, newAssessmentSchema } from "@/lib/validation/assessment";
import { z } from "zod";
import { validatedAction } from "@/lib/actions/validated-action";
import type { FormState } from "@/lib/validation/form-state";
import { workspaceSession } from "@/app/area-session";

const base = (patientId: string) => `/praktijk/patienten/${patientId}`;

export async function createAssessmentAction(patientId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return validatedAction(formData, {
    name: "assessment.create",
    session: () => workspaceSession(`${base(patientId)}/beoordelingen/nieuw`),
    schema: z.intersection(assessmentContentSchema, newAssessmentSchema),
    input: assessmentInput,
    invalid: "Controleer de gemarkeerde velden. Er is nog niets opgeslagen.",
    run: async ({ appointmentId, ...content }, { session, values }) => {
      const result = await createAssessment(session, patientId, { appointmentId, content });
      if (!result.ok) {
        if (result.reason === "appointment_not_found") {
          return { ok: false, message: "Deze afspraak hoort niet bij deze patiënt. Kies een andere of geen afspraak.", fieldErrors: { appointmentId: ["Kies een afspraak uit de lijst."] }, values };
        }
        return { ok: false, message: "Deze patiënt bestaat niet (meer). Er is niets opgeslagen.", values };
      }
      revalidatePath(base(patientId), "layout");
      redirect(`${base(patientId)}/beoordelingen/${result.assessmentId}?opgeslagen=1`);
    },
  });
}

export async function amendAssessmentAction(patientId: string, assessmentId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const page = `${base(patientId)}/beoordelingen/${assessmentId}`;
  return validatedAction(formData, {
    name: "assessment.amend",
    session: () => workspaceSession(page),
    schema: z.intersection(assessmentContentSchema, amendmentSchema),
    input: assessmentInput,
    invalid: "Controleer de gemarkeerde velden. Er is nog niets gewijzigd.",
    run: async ({ expectedRevision, amendmentReason, ...content }, { session, values }): Promise<FormState> => {
      const result = await amendAssessment(session, patientId, assessmentId, { expectedRevision, amendmentReason, content });
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
            ? { ...contentToValues(fresh.latest.content), expectedRevision: String(fresh.latest.revision), amendmentReason: values?.amendmentReason ?? "" }
            : values,
        };
      }
      if (result.reason === "unchanged") return { ok: false, message: "Je hebt niets veranderd ten opzichte van de laatste versie, dus er is geen nieuwe versie gemaakt.", values };
      return { ok: false, message: "Deze beoordeling bestaat niet. Er is niets gewijzigd.", values };
    },
  });
}
