"use client";

import { useActionState } from "react";
import { TextField } from "@/components/ui/field";
import { FocusFirstInvalid } from "@/components/ui/focus-first-invalid";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/validation/form-state";

type Action = (state: FormState<"code">, formData: FormData) => Promise<FormState<"code">>;

/**
 * The second step of logging in: the code field has focus when the step appears (after the password, as a
 * client navigation or a page load), and again after a wrong code, with its message read out.
 */
export function CodeForm({ action, next }: { action: Action; next?: string }) {
  const [state, formAction] = useActionState(action, { ok: false });
  return (
    <form action={formAction} noValidate className="space-y-5">
      {next ? <input type="hidden" name="volgende" value={next} /> : null}
      <FocusFirstInvalid state={state} />
      <TextField
        name="code"
        label="Code"
        hint="De zes cijfers uit je authenticator-app, of een van je herstelcodes."
        autoComplete="one-time-code"
        inputMode="text"
        autoFocus
        required
        errors={state.fieldErrors?.code}
      />
      <SubmitButton pendingLabel="Controleren…">Bevestigen</SubmitButton>
    </form>
  );
}
