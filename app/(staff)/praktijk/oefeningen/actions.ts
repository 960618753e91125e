"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createExercise, setExerciseRetired, updateExercise } from "@/lib/data/staff/exercises";
import { exerciseInput, exerciseSchema } from "@/lib/validation/exercise";
import { validatedAction } from "@/lib/actions/validated-action";
import type { FormState } from "@/lib/validation/form-state";
import { workspaceSession } from "@/app/area-session";

function refresh() {
  revalidatePath("/praktijk", "layout");
  // Plans show the library's names and instructions.
  revalidatePath("/portaal", "layout");
}

export async function createExerciseAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return validatedAction(formData, {
    name: "exercise.create",
    session: () => workspaceSession("/praktijk/oefeningen/nieuw"),
    schema: exerciseSchema,
    input: exerciseInput,
    invalid: "Controleer de gemarkeerde velden. De oefening is nog niet opgeslagen.",
    run: async (data, { session }) => {
      const created = await createExercise(session, data);
      refresh();
      redirect(`/praktijk/oefeningen/${created.id}?melding=aangemaakt`);
    },
  });
}

export async function updateExerciseAction(exerciseId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return validatedAction(formData, {
    name: "exercise.update",
    session: () => workspaceSession(`/praktijk/oefeningen/${exerciseId}`),
    schema: exerciseSchema,
    input: exerciseInput,
    invalid: "Controleer de gemarkeerde velden. Er is niets gewijzigd.",
    run: async (data, { session, values }) => {
      const result = await updateExercise(session, exerciseId, data);
      if (!result.ok) return { ok: false, message: "Deze oefening bestaat niet. Er is niets gewijzigd.", values };
      refresh();
      return { ok: true, message: "De oefening is opgeslagen. Plannen waarin ze staat tonen de nieuwe tekst meteen.", values };
    },
  });
}

export async function setRetiredAction(exerciseId: string, retired: boolean): Promise<void> {
  const session = await workspaceSession(`/praktijk/oefeningen/${exerciseId}`);
  const result = await setExerciseRetired(session, exerciseId, retired);
  refresh();
  redirect(`/praktijk/oefeningen/${exerciseId}?melding=${result.ok ? (retired ? "gearchiveerd" : "teruggezet") : "onbekend"}`);
}
