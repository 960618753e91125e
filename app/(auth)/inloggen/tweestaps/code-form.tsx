"use client";

import { useActionState } from "react";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/validation/form-state";

type Action = (state: FormState<"code">, formData: FormData) => Promise<FormState<"code">>;

export function CodeForm({ action, next }: { action: Action; next?: string }) {
  const [state, formAction] = useActionState(action, { ok: false });
  return (
    <form action={formAction} noValidate className="space-y-5">
      {next ? <input type="hidden" name="volgende" value={next} /> : null}
      <TextField
        name="code"
        label="Code"
        hint="De zes cijfers uit je authenticator-app, of een van je herstelcodes."
        autoComplete="one-time-code"
        inputMode="text"
        required
        errors={state.fieldErrors?.code}
      />
      <SubmitButton pendingLabel="Controleren…">Bevestigen</SubmitButton>
    </form>
  );
}
