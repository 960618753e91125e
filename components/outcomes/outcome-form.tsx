"use client";

import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormState } from "@/lib/validation/form-state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/**
 * PSK (3–5 activities that are hard, each 0–10) and NPRS (average pain over 24 hours, 0–10) in one form. The
 * words speak to the patient (`you`) or to the therapist filling it in with the patient (`staff`).
 */
export function OutcomeForm({ action, audience, previous }: { action: Action; audience: "patient" | "staff"; previous: string[] }) {
  const { state, formAction, values: v, errors: e } = useActionForm(action, Object.fromEntries(previous.map((activity, i) => [`psk_activity_${i + 1}`, activity])));
  const you = audience === "patient";
  return (
    <div>
      <FormMessage state={state} />
      <form key={JSON.stringify(v)} action={formAction} noValidate className="space-y-6">
        <fieldset className="rounded-md border border-line p-4">
          <legend className="px-1 font-semibold">PSK: activiteiten die moeilijk gaan</legend>
          <p className="text-sm text-muted">
            {you ? "Noem 3 tot 5 dingen die je belangrijk vindt en die door je klacht moeilijk gaan." : "3 tot 5 activiteiten die de patiënt belangrijk vindt en die moeilijk gaan."} Cijfer: 0 = gaat zonder
            moeite, 10 = lukt helemaal niet.
          </p>
          {[1, 2, 3, 4, 5].map((i) => (
            <div key={i} className="mt-3 grid gap-3 sm:grid-cols-[minmax(0,1fr)_8rem]">
              <TextField name={`psk_activity_${i}`} label={`Activiteit ${i}${i > 3 ? " (mag leeg)" : ""}`} maxLength={120} defaultValue={v[`psk_activity_${i}`] ?? ""} errors={e[`psk_activity_${i}`]} />
              <TextField name={`psk_score_${i}`} label={`Cijfer ${i} (0–10)`} inputMode="numeric" maxLength={2} defaultValue={v[`psk_score_${i}`] ?? ""} errors={e[`psk_score_${i}`]} />
            </div>
          ))}
        </fieldset>
        <TextField
          name="nprs"
          label={you ? "NPRS: je gemiddelde pijn van de afgelopen 24 uur (0–10)" : "NPRS: gemiddelde pijn afgelopen 24 uur (0–10)"}
          hint="0 = geen pijn, 10 = ergst denkbare pijn"
          inputMode="numeric"
          maxLength={2}
          className="max-w-xs"
          defaultValue={v.nprs ?? ""}
          errors={e.nprs}
        />
        <SubmitButton>Metingen opslaan</SubmitButton>
      </form>
    </div>
  );
}
