"use client";

import Link from "next/link";
import { useActionState } from "react";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/validation/form-state";

type LoginField = "email" | "password";
type LoginAction = (state: FormState<LoginField>, formData: FormData) => Promise<FormState<LoginField>>;

export function LoginForm({ action, next }: { action: LoginAction; next?: string }) {
  const [state, formAction] = useActionState(action, { ok: false });
  return (
    <form action={formAction} noValidate className="space-y-5">
      <FormMessage state={state} />
      {next ? <input type="hidden" name="volgende" value={next} /> : null}
      <TextField
        name="email"
        label="E-mailadres"
        type="email"
        autoComplete="username"
        required
        defaultValue={state.values?.email}
        errors={state.fieldErrors?.email}
      />
      <TextField
        name="password"
        label="Wachtwoord"
        type="password"
        autoComplete="current-password"
        required
        errors={state.fieldErrors?.password}
      />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pendingLabel="Bezig met inloggen…">Inloggen</SubmitButton>
        <Link href="/wachtwoord/vergeten" className="inline-block py-2">
          Wachtwoord vergeten?
        </Link>
      </div>
    </form>
  );
}
