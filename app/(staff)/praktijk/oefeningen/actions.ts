"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createExercise, setExerciseRetired, updateExercise } from "@/lib/data/staff/exercises";
import { exerciseInput, exerciseSchema } from "@/lib/validation/exercise";
import { fieldErrorsFrom, formValues, type FormState } from "@/lib/validation/form-state";
import { workspaceSession } from "@/app/area-session";

function refresh() {
  revalidatePath("/praktijk", "layout");
  // Plans show the library's names and instructions.
  revalidatePath("/portaal", "layout");
}

export async function createExerciseAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const session = await workspaceSession("/praktijk/oefeningen/nieuw");
  const parsed = exerciseSchema.safeParse(exerciseInput(formData));
  if (!parsed.success) return { ok: false, message: "Controleer de gemarkeerde velden. De oefening is nog niet opgeslagen.", fieldErrors: fieldErrorsFrom(parsed.error), values: formValues(formData) };
  const created = await createExercise(session, parsed.data);
  refresh();
  redirect(`/praktijk/oefeningen/${created.id}?melding=aangemaakt`);
}

export async function updateExerciseAction(exerciseId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const session = await workspaceSession(`/praktijk/oefeningen/${exerciseId}`);
  const parsed = exerciseSchema.safeParse(exerciseInput(formData));
  const values = formValues(formData);
  if (!parsed.success) return { ok: false, message: "Controleer de gemarkeerde velden. Er is niets gewijzigd.", fieldErrors: fieldErrorsFrom(parsed.error), values };
  const result = await updateExercise(session, exerciseId, parsed.data);
  if (!result.ok) return { ok: false, message: "Deze oefening bestaat niet. Er is niets gewijzigd.", values };
  refresh();
  return { ok: true, message: "De oefening is opgeslagen. Plannen waarin ze staat tonen de nieuwe tekst meteen.", values };
}

export async function setRetiredAction(exerciseId: string, retired: boolean): Promise<void> {
  const session = await workspaceSession(`/praktijk/oefeningen/${exerciseId}`);
  const result = await setExerciseRetired(session, exerciseId, retired);
  refresh();
  redirect(`/praktijk/oefeningen/${exerciseId}?melding=${result.ok ? (retired ? "gearchiveerd" : "teruggezet") : "onbekend"}`);
}
