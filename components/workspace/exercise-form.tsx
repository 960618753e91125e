"use client";

import { ChoiceGroup, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { exercisePhases, phaseLabels } from "@/lib/plans/phases";
import { CUES_MAX, EXERCISE_INSTRUCTIONS_MAX, EXERCISE_NAME_MAX, EXERCISE_SUMMARY_MAX } from "@/lib/validation/exercise";
import type { FormState } from "@/lib/validation/form-state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** Creates or edits a library exercise. Works without JavaScript; keeps what was typed on an error. */
export function ExerciseForm({ action, defaults, submitLabel }: { action: Action; defaults: Record<string, string>; submitLabel: string }) {
  const { state, formAction, values, errors } = useActionForm(action, defaults);
  return (
    <div>
      <FormMessage state={state} />
      <form key={JSON.stringify(values)} action={formAction} noValidate className="space-y-5">
        <TextField name="name" label="Naam" required maxLength={EXERCISE_NAME_MAX} defaultValue={values.name ?? ""} errors={errors.name} />
        <TextField name="summary" label="Korte omschrijving (mag leeg blijven)" maxLength={EXERCISE_SUMMARY_MAX} defaultValue={values.summary ?? ""} errors={errors.summary} />
        <TextAreaField
          name="instructions"
          label="Uitleg voor de patiënt"
          hint="Zo schrijf je het voor de patiënt: stap voor stap, in gewone taal."
          required
          rows={6}
          maxLength={EXERCISE_INSTRUCTIONS_MAX}
          defaultValue={values.instructions ?? ""}
          errors={errors.instructions}
        />
        <TextAreaField
          name="cues"
          label="Aandachtspunten"
          hint={`Eén per regel, hoogstens ${CUES_MAX}.`}
          rows={4}
          defaultValue={values.cues ?? ""}
          errors={errors.cues}
        />
        <fieldset>
          <legend className="font-medium">Standaarddosering</legend>
          <p className="text-sm text-muted">Vul herhalingen, seconden vasthouden of allebei in.</p>
          <div className="mt-2 grid grid-cols-2 gap-3 md:grid-cols-4">
            <TextField name="defaultSets" label="Sets" inputMode="numeric" hint="1–20" defaultValue={values.defaultSets ?? ""} errors={errors.defaultSets} />
            <TextField name="defaultReps" label="Herhalingen" inputMode="numeric" hint="1–200 of leeg" defaultValue={values.defaultReps ?? ""} errors={errors.defaultReps} />
            <TextField
              name="defaultHoldSeconds"
              label="Seconden vasthouden"
              inputMode="numeric"
              hint="1–3600 of leeg"
              defaultValue={values.defaultHoldSeconds ?? ""}
              errors={errors.defaultHoldSeconds}
            />
            <TextField
              name="defaultTimesPerWeek"
              label="Keer per week"
              inputMode="numeric"
              hint="1–21"
              defaultValue={values.defaultTimesPerWeek ?? ""}
              errors={errors.defaultTimesPerWeek}
            />
          </div>
        </fieldset>
        <ChoiceGroup
          name="phaseTags"
          type="checkbox"
          label="Past bij de fasen"
          hint="In het plan kun je filteren op deze fasen."
          options={exercisePhases.map((phase) => ({ value: phase, label: phaseLabels[phase] }))}
          defaultValue={values.phaseTags ?? ""}
          errors={errors.phaseTags}
        />
        <SubmitButton pendingLabel="Bezig met opslaan…">{submitLabel}</SubmitButton>
      </form>
    </div>
  );
}
