"use client";

import { useActionState } from "react";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/validation/form-state";

type Field = "password" | "confirmPassword";
type Action = (state: FormState<Field>, formData: FormData) => Promise<FormState<Field>>;

/**
 * Choose a password (activation or reset). The account's e-mail sits in a hidden username field so password
 * managers store the new password under the right account. Works without JavaScript.
 */
export function SetPasswordForm({ action, token, email, hint, submitLabel }: { action: Action; token: string; email: string; hint: string; submitLabel: string }) {
  const [state, formAction] = useActionState(action, { ok: false });
  return (
    <form action={formAction} noValidate className="space-y-5">
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <input type="email" hidden readOnly autoComplete="username" value={email} />
      <TextField
        name="password"
        label="Nieuw wachtwoord"
        type="password"
        autoComplete="new-password"
        required
        hint={hint}
        errors={state.fieldErrors?.password}
      />
      <TextField
        name="confirmPassword"
        label="Herhaal je nieuwe wachtwoord"
        type="password"
        autoComplete="new-password"
        required
        errors={state.fieldErrors?.confirmPassword}
      />
      <SubmitButton pendingLabel="Bezig met opslaan…">{submitLabel}</SubmitButton>
    </form>
  );
}
