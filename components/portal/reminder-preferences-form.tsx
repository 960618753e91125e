"use client";

import { useActionState } from "react";
import { CheckboxField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/validation/form-state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** The patient's reminder choices: e-mail on/off and explicit consent for a text message. */
export function ReminderPreferencesForm({
  action,
  byEmail,
  sms,
  morning,
  phone,
}: {
  action: Action;
  byEmail: boolean;
  sms: boolean;
  morning: boolean;
  phone: string | null;
}) {
  const [state, formAction] = useActionState(action, { ok: false });
  return (
    <form action={formAction} className="mt-4 max-w-2xl space-y-4">
      <FormMessage state={state} />
      <CheckboxField name="byEmail" value="ja" defaultChecked={byEmail} label="Stuur me een herinnering per e-mail, een paar dagen voor elke afspraak." />
      <CheckboxField
        name="sms"
        value="ja"
        defaultChecked={sms}
        errors={state.fieldErrors?.sms}
        label={`Ik geef toestemming om me een korte sms te sturen een paar uur voor elke afspraak${phone ? ` (naar ${phone})` : ""}.`}
        hint="Je toestemming wordt met datum bewaard. Haal het vinkje weg om haar in te trekken; we sturen dan geen sms meer."
      />
      <CheckboxField
        name="morning"
        value="ja"
        defaultChecked={morning}
        label="Mail me de ochtend na een oefensessie met de vraag hoe het voelt."
        hint="Om 08:00, alleen als je je score van die ochtend nog niet hebt ingevuld."
      />
      <SubmitButton pendingLabel="Bezig met opslaan…">Keuzes opslaan</SubmitButton>
    </form>
  );
}
