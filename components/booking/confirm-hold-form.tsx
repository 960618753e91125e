"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/validation/form-state";

/** One button that turns a held booking into the owner's appointment; the action answers in Dutch. */
export function ConfirmHoldForm({ action, token }: { action: (state: FormState, formData: FormData) => Promise<FormState>; token: string }) {
  const [state, formAction] = useActionState(action, { ok: false });
  return (
    <form action={formAction} className="mt-6">
      <input type="hidden" name="token" value={token} />
      <FormMessage state={state} />
      <SubmitButton pendingLabel="Afspraak vastleggen…">Afspraak bevestigen</SubmitButton>
    </form>
  );
}
