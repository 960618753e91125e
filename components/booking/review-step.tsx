"use client";

import Link from "next/link";
import { ChoiceGroup } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Notice } from "@/components/ui/notice";
import { StepHeading } from "@/components/ui/step-heading";
import { SubmitButton } from "@/components/ui/submit-button";
import type { BookingFormState } from "@/lib/validation/booking";
import { describeIntake } from "@/lib/validation/intake";
import { AppointmentFacts } from "./appointment-facts";
import { TriageAdvice } from "./triage-advice";
import { AnswerList } from "@/components/ui/answer-list";

/** The time the visitor chose, as the intake and its review show it. */
export type ChosenSlot = { serviceName: string; minutes: number; therapistName: string; startsAt: string; endsAt: string };

/** Step 5: the chosen time, the advice and every answer as given, with the answers as hidden fields to confirm. */
export function ReviewStep({
  state,
  values,
  slot,
  changeTimeHref,
  refocus,
}: {
  /** A new value (the action's next answer) moves focus to this step's heading again. */
  refocus: number | null;
  state: BookingFormState;
  values: Record<string, string | undefined>;
  slot: ChosenSlot;
  changeTimeHref: string;
}) {
  const multi = new Set(["painfulActivities", "crampTiming"]);
  const skip = new Set(["dienst", "therapeut", "tijd", "sleutel", "formVersion", "intent"]);
  return (
    <>
      <StepHeading id="stap-controleren" className="text-2xl font-semibold" refocus={refocus}>
        Controleren en bevestigen
      </StepHeading>
      {state.step === "taken" ? (
        <div className="mt-4" role="alert">
          <Notice tone="danger" title="Dit tijdstip is net geboekt — kies een ander moment">
            Iemand was je net voor. Je antwoorden bewaren we; kies hieronder een andere tijd.
          </Notice>
          {state.times && state.times.length > 0 ? (
            <ChoiceGroup name="tijd" label="Andere vrije tijden" options={state.times} className="mt-4" required />
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
            appointment={{ ...slot, serviceMinutes: slot.minutes, startsAt: new Date(slot.startsAt), endsAt: new Date(slot.endsAt) }}
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
