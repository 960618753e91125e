"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { advancePhase } from "@/lib/data/staff/plan-advance";
import { addExerciseToPhase, addPhase, movePlanExercise, removePlanExercise, updatePhase, updatePhasePainLimits, updatePlanExerciseDosage } from "@/lib/data/staff/plan-builder";
import type { PlanChangeResult } from "@/lib/data/staff/plan-lock";
import { publishPlan, startPlan, stopPlan } from "@/lib/data/staff/plans";
import { validatedAction } from "@/lib/actions/validated-action";
import type { FormState } from "@/lib/validation/form-state";
import { addExerciseSchema, advanceFormSchema, dosageSchema, painLimitsSchema, phaseSchema } from "@/lib/validation/plan";
import { workspaceSession } from "@/app/area-session";

/**
 * The plan builder's actions. Small ones (start, stop, reorder, remove) are plain forms that redirect back
 * with a `melding` the page turns into a sentence; forms with fields return the house FormState. After each
 * change the patient's portal is revalidated too, so it shows the change at once.
 */
const planPath = (patientId: string) => `/praktijk/patienten/${patientId}/plan`;
const phasePath = (patientId: string, phaseId: string) => `${planPath(patientId)}/fasen/${phaseId}`;

function refresh(patientId: string) {
  revalidatePath(`/praktijk/patienten/${patientId}`, "layout");
  revalidatePath("/portaal", "layout");
}

const refusals: Record<Exclude<PlanChangeResult, { ok: true }>["reason"], string> = {
  not_found: "Dit onderdeel hoort niet (meer) bij het lopende plan van deze patiënt. Er is niets gewijzigd.",
  already_active: "Deze patiënt heeft al een lopend plan. Stop dat eerst als je opnieuw wilt beginnen.",
  phase_done: "Deze fase is al afgerond en blijft zoals ze was. Er is niets gewijzigd.",
  stale: "Het plan is intussen veranderd. Bekijk de nieuwe stand; er is niets gewijzigd.",
  exercise_unavailable: "Deze oefening is niet (meer) beschikbaar in de bibliotheek. Kies een andere.",
};

export async function startPlanAction(patientId: string, formData: FormData): Promise<void> {
  const session = await workspaceSession(planPath(patientId));
  const source = formData.get("source") === "empty" ? "empty" : "template";
  const result = await startPlan(session, patientId, source);
  refresh(patientId);
  redirect(`${planPath(patientId)}?melding=${result.ok ? `gestart-${source}` : result.reason}`);
}

export async function publishPlanAction(patientId: string, planId: string): Promise<void> {
  const session = await workspaceSession(planPath(patientId));
  const result = await publishPlan(session, patientId, planId);
  refresh(patientId);
  redirect(`${planPath(patientId)}?melding=${result.ok ? "gepubliceerd" : result.reason}`);
}

export async function stopPlanAction(patientId: string, planId: string, formData: FormData): Promise<void> {
  const session = await workspaceSession(planPath(patientId));
  if (formData.get("confirm") !== "ja") redirect(`${planPath(patientId)}?melding=stop-bevestigen#plan-stoppen`);
  const result = await stopPlan(session, patientId, planId);
  refresh(patientId);
  redirect(`${planPath(patientId)}?melding=${result.ok ? "gestopt" : result.reason}`);
}

export async function addPhaseAction(patientId: string): Promise<void> {
  const session = await workspaceSession(planPath(patientId));
  const result = await addPhase(session, patientId);
  refresh(patientId);
  if (result.ok) redirect(`${phasePath(patientId, result.phaseId)}?melding=fase-toegevoegd`);
  redirect(`${planPath(patientId)}?melding=${result.reason}`);
}

export async function updatePhaseAction(patientId: string, phaseId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return validatedAction(formData, {
    name: "plan.update_phase",
    session: () => workspaceSession(phasePath(patientId, phaseId)),
    schema: phaseSchema,
    input: ["title", "goal", "exitCriteria"],
    invalid: "Controleer de gemarkeerde velden. Er is niets gewijzigd.",
    run: async (data, { session, values }) => {
      const result = await updatePhase(session, patientId, phaseId, data);
      if (!result.ok) return { ok: false, message: refusals[result.reason], values };
      refresh(patientId);
      return { ok: true, message: "De fase is bijgewerkt. De patiënt ziet het meteen in het portaal.", values };
    },
  });
}

export async function updatePainLimitsAction(patientId: string, phaseId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return validatedAction(formData, {
    name: "plan.update_pain_limits",
    session: () => workspaceSession(phasePath(patientId, phaseId)),
    schema: painLimitsSchema,
    input: ["painMaxDuring", "painMaxMorning"],
    invalid: "Controleer de pijngrenzen. Er is niets gewijzigd.",
    run: async (data, { session, values }) => {
      const result = await updatePhasePainLimits(session, patientId, phaseId, data);
      if (!result.ok) return { ok: false, message: refusals[result.reason], values };
      refresh(patientId);
      return { ok: true, message: "De pijngrenzen zijn opgeslagen. Het advies in het portaal volgt ze meteen.", values };
    },
  });
}

export async function addExerciseAction(patientId: string, phaseId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return validatedAction(formData, {
    name: "plan.add_exercise",
    session: () => workspaceSession(phasePath(patientId, phaseId)),
    schema: addExerciseSchema,
    input: ["exerciseId"],
    invalid: "Kies een oefening om toe te voegen.",
    run: async (data, { session, values }) => {
      const result = await addExerciseToPhase(session, patientId, phaseId, data.exerciseId, null);
      if (!result.ok) return { ok: false, message: refusals[result.reason], fieldErrors: result.reason === "exercise_unavailable" ? { exerciseId: [refusals.exercise_unavailable] } : undefined, values };
      refresh(patientId);
      return { ok: true, message: `${result.name} is toegevoegd met de standaarddosering uit de bibliotheek. Pas de dosering hieronder aan waar nodig.` };
    },
  });
}

/** "Toevoegen" next to a suggestion: the exercise at the library's dosage, in the current phase (issue 17, point 5). */
export async function addSuggestionAction(patientId: string, phaseId: string, exerciseId: string): Promise<void> {
  const session = await workspaceSession(planPath(patientId));
  const result = await addExerciseToPhase(session, patientId, phaseId, exerciseId, null);
  refresh(patientId);
  redirect(`${planPath(patientId)}?melding=${result.ok ? "suggestie-toegevoegd" : result.reason}#op-maat`);
}

export async function removeExerciseAction(patientId: string, phaseId: string, planExerciseId: string): Promise<void> {
  const session = await workspaceSession(phasePath(patientId, phaseId));
  const result = await removePlanExercise(session, patientId, planExerciseId);
  refresh(patientId);
  redirect(`${phasePath(patientId, phaseId)}?melding=${result.ok ? "verwijderd" : result.reason}`);
}

export async function moveExerciseAction(patientId: string, phaseId: string, planExerciseId: string, direction: "up" | "down"): Promise<void> {
  const session = await workspaceSession(phasePath(patientId, phaseId));
  const result = await movePlanExercise(session, patientId, planExerciseId, direction);
  refresh(patientId);
  redirect(`${phasePath(patientId, phaseId)}?melding=${result.ok ? "verplaatst" : result.reason}#oefening-${planExerciseId}`);
}

export async function updateDosageAction(patientId: string, phaseId: string, planExerciseId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return validatedAction(formData, {
    name: "plan.update_dosage",
    session: () => workspaceSession(phasePath(patientId, phaseId)),
    schema: dosageSchema,
    input: ["sets", "reps", "holdSeconds", "durationMinutes", "side", "load", "tempo", "restSeconds", "timesPerWeek", "notes"],
    invalid: "Controleer de dosering. Er is niets gewijzigd.",
    run: async (data, { session, values }) => {
      const result = await updatePlanExerciseDosage(session, patientId, planExerciseId, data);
      if (!result.ok) return { ok: false, message: refusals[result.reason], values };
      refresh(patientId);
      return { ok: true, message: `De dosering van ${result.name} is opgeslagen.`, values };
    },
  });
}

export async function advanceAction(patientId: string, phaseId: string, criteriaCount: number, _previous: FormState, formData: FormData): Promise<FormState> {
  return validatedAction(formData, {
    name: "plan.advance",
    session: () => workspaceSession(`${planPath(patientId)}/doorzetten`),
    schema: advanceFormSchema(criteriaCount),
    input: (form) => form,
    invalid: (fieldErrors) => fieldErrors.form?.[0] ?? "Controleer de gemarkeerde velden. De patiënt is niet doorgezet.",
    run: async (data, { session, values }) => {
      const result = await advancePhase(session, patientId, { ...data, phaseId });
      refresh(patientId);
      if (!result.ok) {
        if (result.reason === "stale") redirect(`${planPath(patientId)}?melding=al-doorgezet`);
        return { ok: false, message: refusals[result.reason], values };
      }
      redirect(`${planPath(patientId)}?melding=${result.completedPlan ? "afgerond" : "doorgezet"}`);
    },
  });
}
