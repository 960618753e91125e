"use client";

import { ChoiceGroup, SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormState } from "@/lib/validation/form-state";
import { dayPartLabels, weekdayLabels } from "@/lib/waitlist/match";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** Join the waitlist: what, with whom, which days and parts of the day, until when; contact details for visitors. */
export function WaitlistForm({
  action,
  services,
  therapists,
  initial,
  askContact,
  defaultUntil,
}: {
  action: Action;
  services: { slug: string; name: string }[];
  therapists: { slug: string; displayName: string }[];
  initial: { dienst?: string; therapeut?: string };
  askContact: boolean;
  defaultUntil: string;
}) {
  const { state, formAction, values: v, errors: e } = useActionForm(action);
  return (
    <form action={formAction} noValidate className="mt-6 max-w-xl space-y-5">
      <FormMessage state={state} />
      <SelectField name="dienst" label="Behandeling" placeholder="Kies een behandeling" options={services.map((s) => ({ value: s.slug, label: s.name }))} defaultValue={v.dienst ?? initial.dienst ?? ""} errors={e.dienst} required />
      <SelectField
        name="therapeut"
        label="Fysiotherapeut"
        options={[{ value: "geen-voorkeur", label: "Geen voorkeur" }, ...therapists.map((t) => ({ value: t.slug, label: t.displayName }))]}
        defaultValue={v.therapeut ?? initial.therapeut ?? "geen-voorkeur"}
        errors={e.therapeut}
      />
      <ChoiceGroup type="checkbox" name="dagen" label="Welke dagen kun je?" options={[1, 2, 3, 4, 5, 6].map((d) => ({ value: String(d), label: weekdayLabels[d] }))} defaultValue={v.dagen ?? ["1", "2", "3", "4", "5"]} errors={e.dagen} />
      <ChoiceGroup type="checkbox" name="dagdelen" label="Welke dagdelen?" options={(["morning", "afternoon", "evening"] as const).map((p) => ({ value: p, label: dayPartLabels[p] }))} defaultValue={v.dagdelen ?? ["morning", "afternoon", "evening"]} errors={e.dagdelen} />
      <TextField name="tot" label="Ik wacht tot en met" type="date" defaultValue={v.tot ?? defaultUntil} errors={e.tot} required className="max-w-xs" />
      {askContact ? (
        <fieldset className="space-y-4">
          <legend className="font-medium">Je gegevens</legend>
          <TextField name="naam" label="Naam" autoComplete="name" defaultValue={v.naam ?? ""} errors={e.naam} required />
          <TextField name="email" label="E-mailadres" type="email" autoComplete="email" hint="Hierheen sturen we vrijgekomen tijden." defaultValue={v.email ?? ""} errors={e.email} required />
          <TextField name="geboortedatum" label="Geboortedatum" type="date" autoComplete="bday" defaultValue={v.geboortedatum ?? ""} errors={e.geboortedatum} required className="max-w-xs" />
          <TextField name="telefoon" label="Telefoon (optioneel)" type="tel" autoComplete="tel" defaultValue={v.telefoon ?? ""} errors={e.telefoon} className="max-w-xs" />
        </fieldset>
      ) : null}
      <SubmitButton pendingLabel="Bezig met aanmelden…">Zet me op de wachtlijst</SubmitButton>
    </form>
  );
}
