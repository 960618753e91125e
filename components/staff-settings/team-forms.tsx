"use client";

import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormState } from "@/lib/validation/form-state";

/** The forms that create staff accounts. They work without JavaScript and keep what was typed on an error. */
type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export function TherapistAccountForm({ action }: { action: Action }) {
  const { state, formAction, values: v, errors: e } = useActionForm(action);
  return (
    <form action={formAction} noValidate className="max-w-xl space-y-4">
      <FormMessage state={state} />
      <TextField id="therapeut-displayName" name="displayName" label="Naam" hint="Zoals patiënten die zien bij het afspraak maken." autoComplete="off" defaultValue={v.displayName ?? ""} errors={e.displayName} required />
      <TextField id="therapeut-title" name="title" label="Functie" hint="Bijvoorbeeld: Fysiotherapeut of Sportfysiotherapeut." defaultValue={v.title ?? ""} errors={e.title} required />
      <TextField id="therapeut-email" name="email" label="E-mailadres" type="email" autoComplete="off" defaultValue={v.email ?? ""} errors={e.email} required />
      <TextField
        id="therapeut-slug"
        name="slug"
        label="Webadres (optioneel)"
        hint="Het deel van de link bij het afspraak maken, bijvoorbeeld mila-hendriks. Leeg laten: we maken het van de naam."
        defaultValue={v.slug ?? ""}
        errors={e.slug}
      />
      <TextField
        id="therapeut-sortOrder"
        name="sortOrder"
        label="Volgorde (optioneel)"
        hint="Waar de fysiotherapeut in de keuzelijst staat; een lager getal staat hoger. Leeg laten: achteraan."
        inputMode="numeric"
        defaultValue={v.sortOrder ?? ""}
        errors={e.sortOrder}
        className="max-w-xs"
      />
      <SubmitButton pendingLabel="Bezig met aanmaken…">Fysiotherapeut toevoegen</SubmitButton>
    </form>
  );
}

export function AdminAccountForm({ action }: { action: Action }) {
  const { state, formAction, values, errors } = useActionForm(action);
  return (
    <form action={formAction} noValidate className="max-w-xl space-y-4">
      <FormMessage state={state} />
      <TextField
        id="beheerder-email"
        name="email"
        label="E-mailadres"
        type="email"
        autoComplete="off"
        defaultValue={values.email ?? ""}
        errors={errors.email}
        required
      />
      <SubmitButton pendingLabel="Bezig met aanmaken…">Beheerder toevoegen</SubmitButton>
    </form>
  );
}
