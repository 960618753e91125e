"use client";

import { TextAreaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormState } from "@/lib/validation/form-state";
import { NOTE_MAX, visitNoteFields, visitNoteHints, visitNoteLabels } from "@/lib/validation/visit-note";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/**
 * The visit note under the practice's four headings. For a new note or (with `amend`) a new revision with a
 * reason. Works without JavaScript; after an error it shows what was typed with each error next to its field.
 */
export function VisitNoteForm({ action, defaults, amend, submitLabel }: { action: Action; defaults: Record<string, string>; amend?: { expectedRevision: number }; submitLabel: string }) {
  const { state, formAction, values, errors } = useActionForm(action, defaults);
  return (
    <div>
      <FormMessage state={state} />
      <form key={JSON.stringify(values)} action={formAction} noValidate className="space-y-5">
        {amend ? <input type="hidden" name="expectedRevision" value={values.expectedRevision ?? String(amend.expectedRevision)} /> : null}
        {visitNoteFields.map((field) => (
          <TextAreaField key={field} name={field} label={visitNoteLabels[field]} hint={visitNoteHints[field]} rows={4} maxLength={NOTE_MAX} defaultValue={values[field] ?? ""} errors={errors[field]} />
        ))}
        {amend ? (
          <TextAreaField
            name="amendmentReason"
            label="Reden van de wijziging"
            hint="Verplicht: de eerdere versie blijft bewaard, met jouw reden erbij."
            rows={2}
            maxLength={500}
            defaultValue={values.amendmentReason ?? ""}
            errors={errors.amendmentReason}
          />
        ) : null}
        <SubmitButton>{submitLabel}</SubmitButton>
      </form>
    </div>
  );
}
