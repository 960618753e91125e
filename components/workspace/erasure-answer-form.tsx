"use client";

import { useActionState } from "react";
import { CheckboxField, TextAreaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/validation/form-state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** Staff answer a request for erasure: the standard explanation goes with it; a note and closing the account are optional. */
export function ErasureAnswerForm({ action, requestId }: { action: Action; requestId: string }) {
  const [state, formAction] = useActionState(action, { ok: false });
  return (
    <form action={formAction} className="mt-4 max-w-2xl space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="requestId" value={requestId} />
      <TextAreaField
        name="note"
        label="Eigen toelichting (niet verplicht)"
        hint="Komt onder de vaste uitleg, in de e-mail en in het portaal."
        rows={3}
        defaultValue={state.values?.note}
        errors={state.fieldErrors?.note}
      />
      <CheckboxField
        name="closeAccount"
        value="ja"
        label="Portaalaccount sluiten"
        hint="De patiënt wordt overal uitgelogd en kan niet meer inloggen. Het dossier blijft bewaard."
      />
      <SubmitButton pendingLabel="Bezig met versturen…">Antwoord versturen</SubmitButton>
    </form>
  );
}
