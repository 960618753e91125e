"use client";

import { useActionState } from "react";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/validation/form-state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;
type Service = { id: string; name: string; active: boolean; priceCents: number | null };

/** "79,50" for 7950 cents, as the admin types it; "" when no price is published. */
function typedPrice(cents: number | null): string {
  return cents === null ? "" : (cents / 100).toFixed(2).replace(".", ",");
}

/** One treatment's price (Praktijk → Regels → Tarieven); works without JavaScript. */
export function ServicePriceForm({ action, service }: { action: Action; service: Service }) {
  const [state, formAction] = useActionState(action, { ok: false });
  const id = `prijs-${service.id}`;
  return (
    <form action={formAction} noValidate className="flex flex-wrap items-end gap-3 rounded-lg border border-line bg-surface p-4">
      <FormMessage state={state} />
      <input type="hidden" name="serviceId" value={service.id} />
      <TextField
        id={id}
        name="price"
        label={`${service.name}${service.active ? "" : " (niet meer te boeken)"} in euro's`}
        hint="Bijvoorbeeld 79,50. Leeg: geen prijs tonen."
        inputMode="decimal"
        defaultValue={state.values?.price ?? typedPrice(service.priceCents)}
        errors={state.fieldErrors?.price}
        className="max-w-xs"
      />
      <SubmitButton pendingLabel="Bezig met opslaan…">Tarief opslaan</SubmitButton>
    </form>
  );
}
