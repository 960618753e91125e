import { encodeTriageInput, triage } from "@/lib/triage";
import { formValues, invalidForm } from "@/lib/validation/form-state";
import { selfCheckFormSchema, type SelfCheckState } from "./form";

/**
 * The self-check's answers as posted → the advice, or what is missing. Public and stateless: no session,
 * nothing stored. The answers go back with the advice, so the page shows both.
 */
export function evaluateSelfCheck(formData: FormData): SelfCheckState {
  const values = formValues(formData);
  const parsed = selfCheckFormSchema.safeParse(values);
  if (!parsed.success) {
    return invalidForm(parsed.error, formData, "Je hebt nog niet alle vragen beantwoord. Kies bij elke vraag een antwoord; ‘weet ik niet’ mag ook.");
  }
  return { ok: true, values, result: triage(parsed.data), answers: encodeTriageInput(parsed.data) };
}
