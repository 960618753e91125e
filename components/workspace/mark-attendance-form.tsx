"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/validation/form-state";

/** Attended or no-show for one appointment: two submit buttons, the action decides (rules in lib/data). */
export function MarkAttendanceForm({
  action,
  appointmentId,
  describedBy,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  appointmentId: string;
  /** The id of the entry's heading, so each button names its appointment for screen readers. */
  describedBy: string;
}) {
  const [state, formAction] = useActionState(action, { ok: false });
  return (
    <form action={formAction} className="mt-3 flex flex-wrap items-center gap-2">
      <input type="hidden" name="id" value={appointmentId} />
      <SubmitButton name="uitkomst" value="attended" variant="secondary" aria-describedby={describedBy} pendingLabel="Bezig…">
        Aanwezig
      </SubmitButton>
      <SubmitButton name="uitkomst" value="no_show" variant="quiet" aria-describedby={describedBy} pendingLabel="Bezig…">
        Niet verschenen
      </SubmitButton>
      {state.message ? (
        <p role="status" className={`w-full text-sm font-medium ${state.ok ? "text-ok" : "text-alert"}`}>
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
