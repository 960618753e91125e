"use server";

import { redirect } from "next/navigation";
import { selfCheckFormSchema, type SelfCheckState } from "@/lib/self-check/form";
import { storeSelfCheckAnswers } from "@/lib/self-check/carry";
import { decodeTriageInput, encodeTriageInput, triage } from "@/lib/triage";
import { formValues, invalidForm } from "@/lib/validation/form-state";

/**
 * The self-check: public, so no session; nothing is stored. The answers come in as a posted form (never in
 * the URL) and go back with the advice, so the page can show both, with or without JavaScript.
 */
export async function selfCheckAction(_previous: SelfCheckState, formData: FormData): Promise<SelfCheckState> {
  const values = formValues(formData);
  const parsed = selfCheckFormSchema.safeParse(values);
  if (!parsed.success) {
    return invalidForm(parsed.error, formData, "Je hebt nog niet alle vragen beantwoord. Kies bij elke vraag een antwoord; ‘weet ik niet’ mag ook.");
  }
  return { ok: true, values, result: triage(parsed.data), answers: encodeTriageInput(parsed.data) };
}

/** "Start booking": keeps the validated answers for the intake in a short-lived cookie, then opens booking. */
export async function startBookingAction(formData: FormData): Promise<void> {
  const answers = decodeTriageInput(String(formData.get("answers") ?? ""));
  if (answers) await storeSelfCheckAnswers(answers);
  redirect("/afspraak");
}
