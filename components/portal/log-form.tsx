"use client";

import { useActionState } from "react";
import { ChoiceGroup, SelectField, TextAreaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/validation/form-state";

type Field = "planExerciseId" | "logDate" | "done" | "painDuring" | "painAfter" | "note";
type Action = (state: FormState<Field>, formData: FormData) => Promise<FormState<Field>>;

export type LogFormDefaults = { done: boolean; painDuring: number | null; painAfter: number | null; note: string } | null;

const painOptions = Array.from({ length: 11 }, (_, n) => ({
  value: String(n),
  label: n === 0 ? "0 – geen pijn" : n === 10 ? "10 – ergste pijn die je je kunt voorstellen" : String(n),
}));

/**
 * Logs one exercise, or the whole day's session (no `planExerciseId`), for today. Shows what is saved for
 * today (or what the user typed after an error), works without JavaScript, and confirms in words.
 */
export function LogForm({
  action,
  formId,
  planExerciseId,
  logDate,
  defaults,
  submitLabel,
}: {
  action: Action;
  /** Unique per form on the page: field ids are derived from it. */
  formId: string;
  planExerciseId: string | null;
  logDate: string;
  defaults: LogFormDefaults;
  submitLabel: string;
}) {
  const [state, formAction] = useActionState(action, { ok: false });
  const values = state.values;
  const value = (field: "painDuring" | "painAfter") => values?.[field] ?? (defaults?.[field] ?? "").toString();
  // React keeps a <select>'s first defaultValue when the form resets after an action; a new key per set of
  // values remounts the form so the selects show what was submitted (or saved).
  const formKey = JSON.stringify(values ?? defaults ?? {});
  return (
    <div>
      <FormMessage state={state} />
      <form key={formKey} action={formAction} noValidate className="space-y-4">
        <input type="hidden" name="planExerciseId" value={planExerciseId ?? ""} />
        <input type="hidden" name="logDate" value={logDate} />
        <ChoiceGroup
          id={`${formId}-done`}
          name="done"
          label="Gedaan?"
          options={[
            { value: "ja", label: "Ja, gedaan" },
            { value: "nee", label: "Nee, niet gedaan" },
          ]}
          defaultValue={values?.done ?? (defaults ? (defaults.done ? "ja" : "nee") : "ja")}
          errors={state.fieldErrors?.done}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            id={`${formId}-painDuring`}
            name="painDuring"
            label="Pijn tijdens het oefenen"
            hint="0 is geen pijn, 10 de ergste pijn die je je kunt voorstellen."
            options={painOptions}
            placeholder="Niet ingevuld"
            defaultValue={value("painDuring")}
            errors={state.fieldErrors?.painDuring}
          />
          <SelectField
            id={`${formId}-painAfter`}
            name="painAfter"
            label="Pijn erna (tot 24 uur later)"
            hint="Weet je dit nog niet? Vul het later vandaag aan."
            options={painOptions}
            placeholder="Niet ingevuld"
            defaultValue={value("painAfter")}
            errors={state.fieldErrors?.painAfter}
          />
        </div>
        <TextAreaField
          id={`${formId}-note`}
          name="note"
          label="Notitie (mag leeg blijven)"
          rows={2}
          maxLength={1000}
          defaultValue={values?.note ?? defaults?.note ?? ""}
          errors={state.fieldErrors?.note}
        />
        <SubmitButton pendingLabel="Bezig met opslaan…">{submitLabel}</SubmitButton>
      </form>
    </div>
  );
}
