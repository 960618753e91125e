"use client";

import Link from "next/link";
import { useActionState, type ReactNode } from "react";
import { ChoiceGroup } from "@/components/ui/field";
import { FormMessage, Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import type { BookingFormState } from "@/lib/validation/booking";
import { describeIntake, INTAKE_FORM_VERSION } from "@/lib/validation/intake";
import { AppointmentFacts } from "./appointment-facts";
import { IntakeFields } from "./intake-fields";
import { StepList } from "./step-list";
import { TriageAdvice } from "./triage-advice";
import { AnswerList } from "@/components/ui/answer-list";

type BookingAction = (state: BookingFormState, formData: FormData) => Promise<BookingFormState>;

export type ChosenSlot = { serviceName: string; minutes: number; therapistName: string; startsAt: string; endsAt: string };

/**
 * Steps 4 and 5: the intake, then the review with the triage advice, then confirm. One form and one action
 * whose state says which step to show; the choices of the earlier steps and the idempotency key travel as
 * hidden fields. Works as plain form posts without JavaScript.
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
  const values = (state.values ?? {}) as Record<string, string | undefined>;
  const errors = (state.fieldErrors ?? {}) as Record<string, string[] | undefined>;
  // The key of the first render stays for the whole form: a double submit carries the same one.
  const hidden = { ...context, sleutel: values.sleutel ?? context.sleutel, formVersion: String(INTAKE_FORM_VERSION) };
  const reviewing = state.step === "review" || state.step === "taken";
  const shownSlot = slot;
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
    <form action={formAction} noValidate className="mt-6">
      {Object.entries(hidden).map(([name, value]) =>
        name === "tijd" && state.step === "taken" ? null : <input key={name} type="hidden" name={name} value={value} />,
      )}
      {reviewing ? (
        <ReviewStep state={state} values={values} slot={shownSlot} changeTimeHref={changeTimeHref} />
      ) : (
        <>
          <h2 className="text-2xl font-semibold">Intake</h2>
          <p className="mt-2 text-muted">
            Met deze vragen bereidt je therapeut de afspraak voor. Het duurt ongeveer vijf minuten. Velden zonder
            &ldquo;alleen als&rdquo; of &ldquo;kies alles wat klopt&rdquo; zijn nodig.
          </p>
          <div className="mt-4">
            <FormMessage state={state} />
            {state.fieldErrors ? <ErrorSummary errors={errors} /> : null}
          </div>
          <IntakeFields values={values} errors={errors} />
          <div className="mt-8 flex flex-wrap items-center gap-4">
            <SubmitButton name="intent" value="controleren" pendingLabel="Antwoorden controleren…">
              Verder naar controleren
            </SubmitButton>
            <Link href={changeTimeHref} className="inline-block py-2">
              Ander moment kiezen
            </Link>
          </div>
        </>
      )}
    </form>
    </>
  );
}

function ErrorSummary({ errors }: { errors: Record<string, string[] | undefined> }) {
  const messages = Object.entries(errors).flatMap(([field, list]) => (list ?? []).map((message) => ({ field, message })));
  if (messages.length === 0) return null;
  return (
    <div className="mb-4 text-sm">
      <p className="font-medium">Nog {messages.length === 1 ? "één punt" : `${messages.length} punten`} om naar te kijken:</p>
      <ul className="mt-1 list-disc pl-5">
        {messages.map(({ field, message }) => (
          <li key={`${field}-${message}`}>{message}</li>
        ))}
      </ul>
    </div>
  );
}

function ReviewStep({
  state,
  values,
  slot,
  changeTimeHref,
}: {
  state: BookingFormState;
  values: Record<string, string | undefined>;
  slot: ChosenSlot;
  changeTimeHref: string;
}) {
  const multi = new Set(["painfulActivities", "crampTiming"]);
  const skip = new Set(["dienst", "therapeut", "tijd", "sleutel", "formVersion", "intent"]);
  return (
    <>
      <h2 className="text-2xl font-semibold">Controleren en bevestigen</h2>
      {state.step === "taken" ? (
        <div className="mt-4" role="alert">
          <Notice tone="danger" title="Dit tijdstip is net geboekt — kies een ander moment">
            Iemand was je net voor. Je antwoorden bewaren we; kies hieronder een andere tijd.
          </Notice>
          {state.times && state.times.length > 0 ? (
            <ChoiceGroup name="tijd" label="Andere vrije tijden" options={state.times} defaultValue={state.times[0]?.value} className="mt-4" required />
          ) : (
            <p className="mt-4">
              Er is op die dag geen tijd meer vrij. <Link href={changeTimeHref} className="underline underline-offset-2">Kies een andere dag</Link>.
            </p>
          )}
        </div>
      ) : (
        <>
          <FormMessage state={state} />
          <AppointmentFacts
            className="mt-4"
            serviceName={slot.serviceName}
            minutes={slot.minutes}
            therapistName={slot.therapistName}
            startsAt={new Date(slot.startsAt)}
            endsAt={new Date(slot.endsAt)}
          />
        </>
      )}
      {state.triage ? <TriageAdvice triage={state.triage} /> : null}

      <section aria-labelledby="je-antwoorden" className="mt-6">
        <h3 id="je-antwoorden" className="text-xl font-semibold">
          Je antwoorden
        </h3>
        <AnswerList pairs={describeIntake(values)} className="mt-3 gap-y-2" />
      </section>
      {Object.entries(values).flatMap(([name, value]) =>
        skip.has(name) || value === undefined
          ? []
          : multi.has(name)
            ? value.split(",").filter(Boolean).map((part) => <input key={`${name}-${part}`} type="hidden" name={name} value={part} />)
            : [<input key={name} type="hidden" name={name} value={value} />],
      )}
      <div className="mt-8 flex flex-wrap items-center gap-4">
        <SubmitButton name="intent" value="bevestigen" pendingLabel="Afspraak vastleggen…">
          Afspraak bevestigen
        </SubmitButton>
        <SubmitButton name="intent" value="wijzigen" variant="secondary" pendingLabel="Even geduld…">
          Antwoorden wijzigen
        </SubmitButton>
      </div>
    </>
  );
}
