"use server";

import { revalidatePath } from "next/cache";
import { saveExerciseLog, type SaveLogResult } from "@/lib/data/exercise-logs";
import { exerciseLogSchema, type ExerciseLogField } from "@/lib/validation/exercise-log";
import { formValues, invalidForm, type FormState } from "@/lib/validation/form-state";
import { portalSession } from "../../portal-session";

const refusals: Record<Exclude<SaveLogResult, { ok: true }>["reason"], string> = {
  not_found: "Deze oefening hoort niet bij je huidige fase. Er is niets opgeslagen. Open de pagina opnieuw om je oefeningen van nu te zien.",
  no_current_phase: "Je hebt op dit moment geen fase om te oefenen, dus er valt niets vast te leggen.",
  future: "Een sessie leg je vast op de dag zelf, niet vooruit. Er is niets opgeslagen.",
  past: "Die dag is voorbij: je kunt alleen de sessie van vandaag vastleggen of aanpassen. Open de pagina opnieuw.",
  invalid: "Deze dag klopt niet. Open de pagina opnieuw.",
};

export async function saveLogAction(_previous: FormState<ExerciseLogField>, formData: FormData): Promise<FormState<ExerciseLogField>> {
  const session = await portalSession("/portaal/plan/vastleggen");
  const parsed = exerciseLogSchema.safeParse({
    planExerciseId: formData.get("planExerciseId") ?? undefined,
    logDate: formData.get("logDate"),
    done: formData.get("done"),
    painDuring: formData.get("painDuring") ?? undefined,
    painAfter: formData.get("painAfter") ?? undefined,
    note: formData.get("note") ?? undefined,
  });
  if (!parsed.success) return invalidForm<ExerciseLogField>(parsed.error, formData, "Controleer je invoer. Er is niets opgeslagen.");
  const result = await saveExerciseLog(session, parsed.data);
  const values = formValues(formData) as FormState<ExerciseLogField>["values"];
  if (!result.ok) return { ok: false, message: refusals[result.reason], values };
  revalidatePath("/portaal", "layout");
  const what = result.exerciseName ?? "Je sessie van vandaag";
  return {
    ok: true,
    message: `${result.updated ? "Bijgewerkt" : "Opgeslagen"}: ${what}${parsed.data.done ? "" : " (niet gedaan)"}. Je kunt dit vandaag nog aanpassen.`,
    values,
  };
}
