"use client";

import { useActionState } from "react";
import { SelectField, TextAreaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { CANCEL_NOTE_MAX, cancelReasons } from "@/lib/booking/cancellation";
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
 * Cancel an appointment in two steps, so one tap never cancels (issue 12, point 17): the first button opens
 * the question (a `<details>`, so it works without JavaScript) with the reason the practice asks for, which
 * the patient may leave out (issue 12 point 17, issue 15 point 3; shown to the therapist); the second cancels. The action decides (rules in lib/data) and answers in Dutch.
 */
export function CancelForm({ action, fields, label = "Afspraak annuleren", idPrefix = "annuleren" }: { action: ChangeAction; fields: Record<string, string>; label?: string; idPrefix?: string }) {
  const [state, formAction] = useActionState(action, { ok: false });
  return (
    <details className="mt-3" open={state.message || state.fieldErrors ? true : undefined}>
      <summary className="inline-block cursor-pointer rounded-md border border-alert px-4 py-2 font-medium text-alert marker:content-none">{label}…</summary>
      <form action={formAction} className="mt-4 max-w-md space-y-3 rounded-lg border border-line bg-surface p-4" noValidate>
        <Hidden fields={fields} />
        <p className="font-medium">Weet je zeker dat je deze afspraak wilt annuleren?</p>
        <FormMessage state={state} />
        <SelectField
          id={`${idPrefix}-reden`}
          name="reden"
          label="Waarom annuleer je? (niet verplicht)"
          hint="Je mag dit overslaan. Geef je een reden, dan ziet je fysiotherapeut die."
          placeholder="Zeg ik liever niet"
          options={Object.entries(cancelReasons).map(([value, text]) => ({ value, label: text }))}
          defaultValue={state.values?.reden ?? ""}
          errors={state.fieldErrors?.reden}
        />
        <TextAreaField
          id={`${idPrefix}-toelichting`}
          name="toelichting"
          label="Wil je nog iets toevoegen? (niet verplicht)"
          rows={2}
          maxLength={CANCEL_NOTE_MAX}
          defaultValue={state.values?.toelichting ?? ""}
          errors={state.fieldErrors?.toelichting}
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
