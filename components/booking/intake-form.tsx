"use client";

import Link from "next/link";
import { useActionState, useRef, useState, type ReactNode } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { StepHeading } from "@/components/ui/step-heading";
import { SubmitButton } from "@/components/ui/submit-button";
import type { BookingFormState } from "@/lib/validation/booking";
import { INTAKE_FORM_VERSION } from "@/lib/validation/intake";
import { AppointmentFacts } from "./appointment-facts";
import { ErrorSummary } from "./error-summary";
import { IntakeFields } from "./intake-fields";
import { useIntakeDraft } from "./intake-draft";
import { ReviewStep, type ChosenSlot } from "./review-step";
import { StepList } from "./step-list";

type BookingAction = (state: BookingFormState, formData: FormData) => Promise<BookingFormState>;


/**
 * Steps 4 and 5: the intake, then the review with the triage advice, then confirm. One form and one action
 * whose state says which step to show; the choices of the earlier steps and the idempotency key travel as
 * hidden fields. Works as plain form posts without JavaScript.
 *
 * Every answer survives: the fields are mounted afresh for each answer of the action (React resets a form
 * after its action, which would put a select back on "Kies…"), and the typed answers are kept in the tab
 * while the visitor changes the time or the treatment (intake-draft.ts).
 */
export function IntakeForm({
  action,
  context,
  slot,
  initialValues,
  changeTimeHref,
  children,
  slotGone,
}: {
  /** Shown above the form: the choices so far. */
  children?: ReactNode;
  /**
   * Shown instead of the form when the chosen time is no longer free on arrival (a GET with a stale time).
   * After a post (someone else booked the time while this patient confirmed, no JavaScript) the form shows
   * the action's answer instead: "just booked", the fresh times and every answer kept.
   */
  slotGone?: ReactNode;
  action: BookingAction;
  context: { dienst: string; therapeut: string; tijd: string; sleutel: string };
  slot: ChosenSlot;
  initialValues: Record<string, string>;
  changeTimeHref: string;
}) {
  const [state, formAction] = useActionState(action, { ok: false, step: "intake", values: initialValues });
  // Each answer of the action is a new attempt: remount the fields with its values, move focus to its summary.
  const [seen, setSeen] = useState(state);
  const [attempt, setAttempt] = useState(0);
  if (seen !== state) {
    setSeen(state);
    setAttempt(attempt + 1);
  }
  const form = useRef<HTMLFormElement>(null);
  const reviewing = state.step === "review" || state.step === "taken";
  const draft = useIntakeDraft(form, !reviewing && !slotGone);
  const values = (attempt === 0 && draft ? { ...initialValues, ...draft } : (state.values ?? {})) as Record<string, string | undefined>;
  const errors = (state.fieldErrors ?? {}) as Record<string, string[] | undefined>;
  // Each answer moves focus to its step's heading, except one with field errors: its summary takes focus.
  const refocus = state.fieldErrors ? null : attempt;
  // The key of the first render stays for the whole form: a double submit carries the same one.
  const hidden = { ...context, sleutel: values.sleutel ?? context.sleutel, formVersion: String(INTAKE_FORM_VERSION) };
  if (slotGone && !reviewing && !state.message && !state.fieldErrors) {
    return (
      <>
        <StepList current={3} />
        {children}
        {slotGone}
      </>
    );
  }

  return (
    <>
      <StepList current={reviewing ? 5 : 4} />
      {children}
      <form ref={form} action={formAction} noValidate className="mt-6">
        {Object.entries(hidden).map(([name, value]) =>
          name === "tijd" && state.step === "taken" ? null : <input key={name} type="hidden" name={name} value={value} />,
        )}
        {reviewing ? (
          <ReviewStep state={state} values={values} slot={slot} changeTimeHref={changeTimeHref} refocus={refocus} />
        ) : (
          <>
            <StepHeading id="stap-intake" className="text-2xl font-semibold" refocus={refocus} autoFocus={!state.fieldErrors}>
              Intake
            </StepHeading>
            <section aria-labelledby="gekozen-moment" className="mt-4">
              <h3 id="gekozen-moment" className="sr-only">
                Je gekozen moment
              </h3>
              <AppointmentFacts
                appointment={{ ...slot, serviceMinutes: slot.minutes, startsAt: new Date(slot.startsAt), endsAt: new Date(slot.endsAt) }}
              />
              <p className="mt-2">
                <Link href={changeTimeHref} className="underline underline-offset-2">
                  Ander moment kiezen
                </Link>{" "}
                <span className="text-muted">(je antwoorden blijven bewaard)</span>
              </p>
            </section>
            <p className="mt-4 text-muted">
              Met deze vragen bereidt je therapeut de afspraak voor. Het invullen duurt ongeveer vijf minuten. Beantwoord alle vragen, behalve
              waar &ldquo;mag je overslaan&rdquo; bij staat.
            </p>
            <div className="mt-4">
              <FormMessage state={state.fieldErrors ? { ok: false } : state} />
              {state.fieldErrors ? <ErrorSummary errors={errors} attempt={attempt} /> : null}
            </div>
            <div key={attempt + (draft ? 1000 : 0)}>
              <IntakeFields values={values} errors={errors} />
            </div>
            <div className="mt-8 flex flex-wrap items-center gap-4">
              <SubmitButton name="intent" value="controleren" pendingLabel="Antwoorden controleren…">
                Verder naar controleren
              </SubmitButton>
            </div>
          </>
        )}
      </form>
    </>
  );
}
