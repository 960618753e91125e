"use client";

import { useActionState } from "react";
import { TextAreaField } from "@/components/ui/field";
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

/**
 * Cancel an appointment in two steps, so one tap never cancels: the first button opens the question (a
 * `<details>`, so it works without JavaScript), with an optional reason for the therapist; the second
 * cancels. The action decides (rules in lib/data) and answers in Dutch.
 */
export function CancelForm({ action, fields, label = "Afspraak annuleren" }: { action: ChangeAction; fields: Record<string, string>; label?: string }) {
  const [state, formAction] = useActionState(action, { ok: false });
  const reasonId = `reden-${Object.values(fields).join("-").slice(0, 60)}`;
  return (
    <details className="mt-3 group" open={state.message ? true : undefined}>
      <summary className="inline-block cursor-pointer rounded-md border border-alert px-4 py-2 font-medium text-alert marker:content-none">
        {label}…
      </summary>
      <form action={formAction} className="mt-4 max-w-xl space-y-4 rounded-lg border border-line bg-surface p-4">
        <Hidden fields={fields} />
        <p className="font-medium">Weet je zeker dat je deze afspraak wilt annuleren?</p>
        <FormMessage state={state} />
        <TextAreaField
          id={reasonId}
          name="reden"
          label="Wil je ons laten weten waarom?"
          hint="Mag je overslaan. Je therapeut leest het bij de afspraak."
          rows={2}
          maxLength={500}
          defaultValue={state.values?.reden}
          errors={state.fieldErrors?.reden}
        />
        <SubmitButton variant="danger" pendingLabel="Bezig met annuleren…">
          Ja, annuleer de afspraak
        </SubmitButton>
      </form>
    </details>
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
