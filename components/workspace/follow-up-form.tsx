"use client";

import { useActionState } from "react";
import { ChoiceGroup } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FollowUpFormState } from "@/lib/validation/follow-up";

/**
 * Confirms the chosen follow-up (POST). When the time was just taken, the action answers with fresh free
 * times; the form then asks for one of those instead of the hidden time.
 */
export function FollowUpForm({
  action,
  fields,
}: {
  action: (state: FollowUpFormState, formData: FormData) => Promise<FollowUpFormState>;
  fields: { patientId: string; dienst: string; therapeut: string; tijd: string; sleutel: string };
}) {
  const [state, formAction] = useActionState(action, { ok: false });
  const times = state.times;
  return (
    <form action={formAction} className="mt-4">
      {Object.entries(fields).map(([name, value]) => (name === "tijd" && times ? null : <input key={name} type="hidden" name={name} value={value} />))}
      {state.message ? (
        <Notice tone={times ? "warning" : "danger"} live="assertive" className="mb-4" title={state.message} />
      ) : null}
      {times ? (
        times.length > 0 ? (
          <ChoiceGroup
            name="tijd"
            label="Andere vrije tijden"
            options={times.map((t) => ({ value: t.value, label: t.label }))}
            defaultValue={times[0]?.value}
            required
            errors={state.fieldErrors?.tijd}
          />
        ) : (
          <p>Er zijn de komende tijd geen vrije tijden meer bij deze therapeut. Kies een andere therapeut.</p>
        )
      ) : null}
      <SubmitButton className="mt-4" pendingLabel="Bezig met plannen…">
        Vervolgafspraak vastleggen
      </SubmitButton>
    </form>
  );
}
