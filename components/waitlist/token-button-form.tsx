"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/validation/form-state";

/** One button carrying a link's token (claim an offer, leave the list); the action answers in Dutch. */
export function TokenButtonForm({ action, token, label, pendingLabel }: { action: (state: FormState, formData: FormData) => Promise<FormState>; token: string; label: string; pendingLabel: string }) {
  const [state, formAction] = useActionState(action, { ok: false });
  return (
    <form action={formAction} className="mt-6">
      <input type="hidden" name="token" value={token} />
      <FormMessage state={state} />
      <SubmitButton pendingLabel={pendingLabel}>{label}</SubmitButton>
    </form>
  );
}
