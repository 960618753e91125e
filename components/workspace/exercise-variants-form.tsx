"use client";

import { SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormState } from "@/lib/validation/form-state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** The easier and harder variant of a library exercise, chosen from the other active exercises. */
export function ExerciseVariantsForm({
  action,
  defaults,
  options,
}: {
  action: Action;
  defaults: { regressionId: string | null; progressionId: string | null };
  options: { id: string; name: string }[];
}) {
  const { state, formAction, values, errors } = useActionForm(action, { regressionId: defaults.regressionId ?? "", progressionId: defaults.progressionId ?? "" });
  const choices = options.map((o) => ({ value: o.id, label: o.name }));
  return (
    <div>
      <FormMessage state={state} />
      <form action={formAction} noValidate className="grid gap-4 sm:grid-cols-2">
        <SelectField
          name="regressionId"
          label="Makkelijkere variant"
          hint="De patiënt kan deze op een slechte dag kiezen in plaats van de oefening zelf."
          options={choices}
          placeholder="Geen"
          defaultValue={values.regressionId ?? ""}
          errors={errors.regressionId}
        />
        <SelectField
          name="progressionId"
          label="Zwaardere variant"
          hint="De volgende stap als de oefening te licht wordt."
          options={choices}
          placeholder="Geen"
          defaultValue={values.progressionId ?? ""}
          errors={errors.progressionId}
        />
        <div className="sm:col-span-2">
          <SubmitButton pendingLabel="Bezig met opslaan…">Varianten opslaan</SubmitButton>
        </div>
      </form>
    </div>
  );
}
