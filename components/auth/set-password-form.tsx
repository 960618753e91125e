"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { NewPasswordFields } from "./new-password-fields";
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
      <NewPasswordFields hint={hint} errors={state.fieldErrors} />
      <SubmitButton pendingLabel="Bezig met opslaan…">{submitLabel}</SubmitButton>
    </form>
  );
}
