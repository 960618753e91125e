"use server";

import { revalidatePath } from "next/cache";
import { saveExerciseLog, type SaveLogResult } from "@/lib/data/exercise-logs";
import { exerciseLogSchema, type ExerciseLogField } from "@/lib/validation/exercise-log";
import { fieldErrorsFrom, type FormState } from "@/lib/validation/form-state";
import { portalSession } from "@/app/area-session";

const refusals: Record<Exclude<SaveLogResult, { ok: true }>["reason"], string> = {
  not_found: "Deze oefening hoort niet bij je huidige fase. Er is niets opgeslagen. Open de pagina opnieuw om je oefeningen van nu te zien.",
  no_current_phase: "Je hebt op dit moment geen fase om te oefenen, dus er valt niets vast te leggen.",
  future: "Een sessie leg je vast op de dag zelf, niet vooruit. Er is niets opgeslagen.",
  past: "Die dag is voorbij: je kunt alleen de sessie van vandaag vastleggen of aanpassen. Open de pagina opnieuw.",
  invalid: "Deze dag klopt niet. Open de pagina opnieuw.",
};

/**
 * What the user typed, to show again. The exercise and the day are not echoed: the form takes them from the
 * page, and a tampered id is never sent back.
 */
function typedValues(formData: FormData): FormState<ExerciseLogField>["values"] {
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : "";
  };
  return { done: text("done"), painDuring: text("painDuring"), painAfter: text("painAfter"), note: text("note") };
}

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
  const values = typedValues(formData);
  if (!parsed.success) {
    return { ok: false, message: "Controleer je invoer. Er is niets opgeslagen.", fieldErrors: fieldErrorsFrom(parsed.error), values };
  }
  const result = await saveExerciseLog(session, parsed.data);
  if (!result.ok) return { ok: false, message: refusals[result.reason], values };
  revalidatePath("/portaal", "layout");
  const what = result.exerciseName ?? "Je sessie van vandaag";
  return {
    ok: true,
    message: `${result.updated ? "Bijgewerkt" : "Opgeslagen"}: ${what}${parsed.data.done ? "" : " (niet gedaan)"}. Je kunt dit vandaag nog aanpassen.`,
    values,
  };
}
