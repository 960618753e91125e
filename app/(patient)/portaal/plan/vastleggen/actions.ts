"use server";

import { revalidatePath } from "next/cache";
import { saveExerciseLog, type SaveLogResult } from "@/lib/data/exercise-logs";
import { exerciseLogSchema, type ExerciseLogField } from "@/lib/validation/exercise-log";
import { validatedAction } from "@/lib/actions/validated-action";
import type { FormState } from "@/lib/validation/form-state";
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
  return validatedAction<typeof exerciseLogSchema, ExerciseLogField>(formData, {
    name: "exercise_log.save",
    session: () => portalSession("/portaal/plan/vastleggen"),
    schema: exerciseLogSchema,
    input: (form) => ({
      planExerciseId: form.get("planExerciseId") ?? undefined,
      logDate: form.get("logDate"),
      done: form.get("done"),
      painDuring: form.get("painDuring") ?? undefined,
      painAfter: form.get("painAfter") ?? undefined,
      note: form.get("note") ?? undefined,
    }),
    invalid: "Controleer je invoer. Er is niets opgeslagen.",
    values: typedValues,
    run: async (data, { session, values }) => {
      const result = await saveExerciseLog(session, data);
      if (!result.ok) return { ok: false, message: refusals[result.reason], values };
      revalidatePath("/portaal", "layout");
      const what = result.exerciseName ?? "Je sessie van vandaag";
      return {
        ok: true,
        message: `${result.updated ? "Bijgewerkt" : "Opgeslagen"}: ${what}${data.done ? "" : " (niet gedaan)"}. Je kunt dit vandaag nog aanpassen.`,
        values,
      };
    },
  });
}
