"use client";

import { ChoiceGroup, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormState } from "@/lib/validation/form-state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;
type Rules = {
  cancelCutoffHours: number;
  reminderHoursBefore: number;
  eveningReminderHour: number;
  shortReminderHours: number;
  waitlistOfferCount: number;
  waitlistOfferMinutes: number;
  whatToBring: string;
  cancellationPolicy: string;
  complaintsOfficer: string;
  disputesCommittee: string;
  calendarFullNames: boolean;
};

/** The admin's practice rules; works without JavaScript and keeps what was typed on an error. */
export function PracticeRulesForm({ action, rules }: { action: Action; rules: Rules }) {
  const { state, formAction, values: v, errors: e } = useActionForm(action);
  const num = (name: keyof Rules, label: string, hint: string) => (
    <TextField name={name} label={label} hint={hint} inputMode="numeric" defaultValue={v[name] ?? String(rules[name])} errors={e[name]} required className="max-w-sm" />
  );
  return (
    <form action={formAction} noValidate className="mt-6 max-w-2xl space-y-6">
      <FormMessage state={state} />
      <fieldset className="space-y-4">
        <legend className="text-xl font-semibold">Annuleren</legend>
        {num("cancelCutoffHours", "Annuleringstermijn (uren)", "Tot zoveel uur voor de afspraak annuleren of verzetten patiënten zelf; daarna bellen ze.")}
        <TextAreaField name="cancellationPolicy" label="Annuleringsbeleid" hint="Staat bij het afspraak maken en in de bevestiging." rows={4} defaultValue={v.cancellationPolicy ?? rules.cancellationPolicy} errors={e.cancellationPolicy} required />
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-xl font-semibold">Herinneringen</legend>
        {num("reminderHoursBefore", "E-mailherinnering (uren vooraf)", "0 is geen e-mailherinnering. Wie later boekt, krijgt hem de avond ervoor.")}
        {num("eveningReminderHour", "Uur van de avondherinnering", "Een heel uur van 12 tot en met 22, bijvoorbeeld 19.")}
        {num("shortReminderHours", "Sms-herinnering (uren vooraf)", "0 is geen sms. Alleen voor patiënten die toestemming gaven.")}
        <TextAreaField name="whatToBring" label="Wat neemt de patiënt mee?" rows={3} defaultValue={v.whatToBring ?? rules.whatToBring} errors={e.whatToBring} required />
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-xl font-semibold">Klachten</legend>
        <TextAreaField name="complaintsOfficer" label="Klachtenfunctionaris" hint="Staat op de pagina Praktisch: bij wie een patiënt met een klacht terechtkan." rows={4} defaultValue={v.complaintsOfficer ?? rules.complaintsOfficer} errors={e.complaintsOfficer} required />
        <TextAreaField name="disputesCommittee" label="Geschillencommissie" hint="Staat op de pagina Praktisch: waar een klacht heen kan als het gesprek niets oplevert." rows={3} defaultValue={v.disputesCommittee ?? rules.disputesCommittee} errors={e.disputesCommittee} required />
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-xl font-semibold">Wachtlijst en agenda</legend>
        {num("waitlistOfferCount", "Wachtenden per vrijgekomen tijd", "Zoveel mensen van de wachtlijst krijgen tegelijk een aanbod; wie het eerst klikt, krijgt de tijd.")}
        {num("waitlistOfferMinutes", "Geldigheid van een aanbod (minuten)", "Daarna gaat het aanbod naar de volgende op de lijst.")}
        <ChoiceGroup
          type="radio"
          name="calendarFullNames"
          label="Namen in de agenda-abonnementen van therapeuten"
          options={[
            { value: "nee", label: "Alleen voorletters (aanbevolen)" },
            { value: "ja", label: "Volledige namen" },
          ]}
          defaultValue={v.calendarFullNames ?? (rules.calendarFullNames ? "ja" : "nee")}
          errors={e.calendarFullNames}
        />
      </fieldset>
      <SubmitButton pendingLabel="Bezig met opslaan…">Regels opslaan</SubmitButton>
    </form>
  );
}
