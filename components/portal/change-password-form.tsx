"use client";

import { useActionState } from "react";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { NewPasswordFields } from "@/components/auth/new-password-fields";
import type { FormState } from "@/lib/validation/form-state";

type Field = "currentPassword" | "password" | "confirmPassword";
type Action = (state: FormState<Field>, formData: FormData) => Promise<FormState<Field>>;

/** Change the password: the current one is required. Passwords are never sent back to the form. */
export function ChangePasswordForm({ action, email, hint }: { action: Action; email: string; hint: string }) {
  const [state, formAction] = useActionState(action, { ok: false });
  return (
    <form action={formAction} noValidate className="max-w-md space-y-5">
      <FormMessage state={state} />
      <input type="email" hidden readOnly autoComplete="username" value={email} />
      <TextField
        name="currentPassword"
        label="Huidig wachtwoord"
        type="password"
        autoComplete="current-password"
        required
        errors={state.fieldErrors?.currentPassword}
      />
      <NewPasswordFields hint={hint} errors={state.fieldErrors} />
      <SubmitButton pendingLabel="Bezig met wijzigen…">Wachtwoord wijzigen</SubmitButton>
    </form>
  );
}
