"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/validation/form-state";

type Action = (state: FormState) => Promise<FormState>;

/**
 * Make (or replace) the private agenda link, shown once while it works; or stop it (then the link just
 * shown disappears instead of staying on screen as "je nieuwe agendalink").
 */
export function CalendarFeedForms({ renew, stop, active }: { renew: Action; stop: Action; active: boolean }) {
  const [renewed, renewAction] = useActionState(renew, { ok: false });
  const [stopped, stopAction] = useActionState(stop, { ok: false });
  return (
    <div className="mt-6 space-y-6">
      <form action={renewAction}>
        {renewed.ok && renewed.message && active ? (
          <div className="mb-4 rounded-md border-l-4 border-brand p-4" role="status">
            <p>Je nieuwe agendalink (we tonen hem maar één keer; kopieer hem nu in je agenda-app):</p>
            <p className="mt-2 font-mono text-sm break-all" data-feed-url>
              {renewed.message}
            </p>
          </div>
        ) : (
          <FormMessage state={renewed} />
        )}
        <SubmitButton pendingLabel="Bezig…">{active ? "Nieuwe link maken (de oude stopt)" : "Agendalink maken"}</SubmitButton>
      </form>
      {active ? (
        <form action={stopAction}>
          {stopped.ok ? null : <FormMessage state={stopped} />}
          <SubmitButton variant="danger" pendingLabel="Bezig…">
            Abonnement stoppen
          </SubmitButton>
        </form>
      ) : stopped.ok ? (
        <FormMessage state={stopped} />
      ) : null}
    </div>
  );
}
