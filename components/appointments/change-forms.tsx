"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/validation/form-state";

type ChangeAction = (state: FormState, formData: FormData) => Promise<FormState>;

function Hidden({ fields }: { fields: Record<string, string> }) {
  return (
    <>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
    </>
  );
}

/** Cancel an appointment: one explicit button; the action decides (rules in lib/data) and answers in Dutch. */
export function CancelForm({ action, fields, label = "Afspraak annuleren" }: { action: ChangeAction; fields: Record<string, string>; label?: string }) {
  const [state, formAction] = useActionState(action, { ok: false });
  return (
    <form action={formAction} className="mt-3">
      <Hidden fields={fields} />
      <FormMessage state={state} />
      <SubmitButton variant="danger" pendingLabel="Bezig met annuleren…">
        {label}
      </SubmitButton>
    </form>
  );
}

/** Confirm moving an appointment to the chosen time. */
export function RescheduleForm({ action, fields, label }: { action: ChangeAction; fields: Record<string, string>; label: string }) {
  const [state, formAction] = useActionState(action, { ok: false });
  return (
    <form action={formAction} className="mt-4">
      <Hidden fields={fields} />
      <FormMessage state={state} />
      <SubmitButton pendingLabel="Bezig met verzetten…">{label}</SubmitButton>
    </form>
  );
}
