"use client";

import Link from "next/link";
import { useActionState } from "react";
import { TextField } from "@/components/ui/field";
import { FocusFirstInvalid } from "@/components/ui/focus-first-invalid";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import type { EnrolState } from "../actions";

type Action = (state: EnrolState, formData: FormData) => Promise<EnrolState>;

export function EnrolForm({ action, next }: { action: Action; next?: string }) {
  const [state, formAction] = useActionState(action, { ok: false });
  if (state.ok && state.recoveryCodes) {
    return (
      <section aria-labelledby="herstelcodes" className="space-y-4">
        <Notice tone="success" live="polite">
          Tweestapsverificatie staat aan. Vanaf nu vragen we bij het inloggen om een code uit je app.
        </Notice>
        <h2 id="herstelcodes" className="text-xl font-semibold">
          Bewaar je herstelcodes
        </h2>
        <p className="max-w-prose">
          Ben je je telefoon kwijt, dan log je in met een van deze codes. Elke code werkt één keer. Bewaar ze op papier of in een
          wachtwoordkluis: je ziet ze hierna niet meer terug.
        </p>
        <ul className="grid max-w-md grid-cols-1 gap-1 rounded-lg border border-line bg-surface p-4 font-mono sm:grid-cols-2" aria-label="Herstelcodes">
          {state.recoveryCodes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ul>
        <Link href={state.next ?? "/"} className="inline-block rounded-md bg-brand px-4 py-2 font-medium text-white no-underline">
          Ik heb ze bewaard, verder
        </Link>
      </section>
    );
  }
  return (
    <form action={formAction} noValidate className="max-w-md space-y-5">
      {next ? <input type="hidden" name="volgende" value={next} /> : null}
      {/* No focus on arrival (the QR code above comes first); after a wrong code, back to the field. */}
      <FocusFirstInvalid state={state} />
      <TextField
        name="code"
        label="Code uit je app"
        hint="Zes cijfers; de code verandert elke 30 seconden."
        autoComplete="one-time-code"
        inputMode="numeric"
        required
        errors={state.fieldErrors?.code}
      />
      <SubmitButton pendingLabel="Controleren…">Tweestapsverificatie aanzetten</SubmitButton>
    </form>
  );
}
