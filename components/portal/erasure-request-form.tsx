"use client";

import { useActionState } from "react";
import { CheckboxField, TextAreaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/validation/form-state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** The patient's request for erasure: an optional message and an explicit tick. */
export function ErasureRequestForm({ action }: { action: Action }) {
  const [state, formAction] = useActionState(action, { ok: false });
  if (state.ok) return <FormMessage state={state} />;
  return (
    <form action={formAction} className="mt-4 max-w-2xl space-y-4">
      <FormMessage state={state} />
      <TextAreaField name="message" label="Toelichting (niet verplicht)" rows={3} defaultValue={state.values?.message} errors={state.fieldErrors?.message} />
      <CheckboxField name="confirm" value="ja" errors={state.fieldErrors?.confirm} label="Ik vraag de praktijk mijn gegevens te verwijderen." />
      <SubmitButton variant="secondary" pendingLabel="Bezig met versturen…">
        Verzoek versturen
      </SubmitButton>
    </form>
  );
}
