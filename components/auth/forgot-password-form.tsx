"use client";

import Link from "next/link";
import { useActionState } from "react";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/validation/form-state";

type Action = (state: FormState<"email">, formData: FormData) => Promise<FormState<"email">>;

export function ForgotPasswordForm({ action }: { action: Action }) {
  const [state, formAction] = useActionState(action, { ok: false });
  return (
    <form action={formAction} noValidate className="space-y-5">
      <FormMessage state={state} />
      <TextField
        name="email"
        label="E-mailadres"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        errors={state.fieldErrors?.email}
      />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pendingLabel="Bezig met versturen…">Stuur mij een link</SubmitButton>
        <Link href="/inloggen" className="inline-block py-2 text-link">
          Terug naar inloggen
        </Link>
      </div>
    </form>
  );
}
