"use client";

import { useActionState } from "react";
import { SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/notice";
import { cancelReasons } from "@/lib/booking/cancellation";
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

/**
 * Cancel an appointment: the patient says why (required), then one explicit button; the action decides
 * (rules in lib/data) and answers in Dutch.
 */
export function CancelForm({ action, fields, label = "Afspraak annuleren", idPrefix = "annuleren" }: { action: ChangeAction; fields: Record<string, string>; label?: string; idPrefix?: string }) {
  const [state, formAction] = useActionState(action, { ok: false });
  return (
    <form action={formAction} className="mt-3 max-w-md space-y-3" noValidate>
      <Hidden fields={fields} />
      <FormMessage state={state} />
      <SelectField
        id={`${idPrefix}-reden`}
        name="reden"
        label="Waarom annuleer je?"
        placeholder="Kies een reden"
        options={Object.entries(cancelReasons).map(([value, text]) => ({ value, label: text }))}
        defaultValue={state.values?.reden ?? ""}
        errors={state.fieldErrors?.reden}
        required
      />
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
