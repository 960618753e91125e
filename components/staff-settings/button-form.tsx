"use client";

import { useActionState } from "react";
import type { ButtonVariant } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/validation/form-state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/**
 * A form that is one button with hidden fields (remove an absence, deactivate an account…). It posts without
 * JavaScript too; a refusal shows its message above the button. `accessibleLabel` names what the button acts
 * on, since a table or list repeats the same visible label.
 */
export function ButtonForm({
  action,
  fields,
  label,
  accessibleLabel,
  variant = "quiet",
}: {
  action: Action;
  fields: Record<string, string>;
  label: string;
  accessibleLabel: string;
  variant?: ButtonVariant;
}) {
  const [state, formAction] = useActionState(action, { ok: false });
  return (
    <form action={formAction} className="inline-block">
      <FormMessage state={state} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton variant={variant} pendingLabel="Bezig…" aria-label={accessibleLabel}>
        {label}
      </SubmitButton>
    </form>
  );
}
