"use client";

import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormState } from "@/lib/validation/form-state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/**
 * The pain rule's limits of one phase (Silbernagel's pain-monitoring model): how much pain during exercise is
 * acceptable, and up to which score the pain counts as settled the next morning. Works without JavaScript.
 */
export function PainLimitsForm({ action, defaults }: { action: Action; defaults: { painMaxDuring: number; painMaxMorning: number } }) {
  const { state, formAction, values, errors } = useActionForm(action, { painMaxDuring: String(defaults.painMaxDuring), painMaxMorning: String(defaults.painMaxMorning) });
  return (
    <div>
      <FormMessage state={state} />
      <form action={formAction} noValidate className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="painMaxDuring"
          label="Toegestane pijn tijdens het oefenen (0–10)"
          hint="Gebruikelijk is 5. Vul 0 in voor pijnvrij oefenen, zoals in de eerste fase na een acute verrekking."
          inputMode="numeric"
          required
          defaultValue={values.painMaxDuring}
          errors={errors.painMaxDuring}
        />
        <TextField
          name="painMaxMorning"
          label="Gezakt als de pijn de ochtend erna hoogstens is (0–10)"
          hint="Gebruikelijk is 2. Een ochtendscore die niet hoger is dan de vorige ochtend telt ook als gezakt."
          inputMode="numeric"
          required
          defaultValue={values.painMaxMorning}
          errors={errors.painMaxMorning}
        />
        <div className="sm:col-span-2">
          <SubmitButton pendingLabel="Bezig met opslaan…">Pijngrenzen opslaan</SubmitButton>
        </div>
      </form>
    </div>
  );
}
