"use client";

import { useActionState, useEffect, useRef } from "react";
import { ChoiceGroup } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import type { SelfCheckState } from "@/lib/self-check/form";
import { selfCheckSections } from "@/lib/self-check/questions";
import { SelfCheckResult } from "./self-check-result";

const initialState: SelfCheckState = { ok: false };

/**
 * The self-check as a plain form posting to a server action: without JavaScript the page reloads with the
 * advice at the top; with it, the advice appears in place and takes the focus so it is read out at once.
 */
export function SelfCheckForm({
  action,
  startBooking,
}: {
  action: (state: SelfCheckState, formData: FormData) => Promise<SelfCheckState>;
  startBooking: (formData: FormData) => Promise<void>;
}) {
  const [state, formAction] = useActionState(action, initialState);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const form = useRef<HTMLFormElement>(null);

  // After a submit, move the focus to what needs reading: the advice, or the first unanswered question.
  useEffect(() => {
    if (state.result) resultHeading.current?.focus();
    else if (state.fieldErrors) form.current?.querySelector<HTMLInputElement>('fieldset[aria-invalid="true"] input')?.focus();
  }, [state]);

  return (
    <>
      {state.result && state.answers ? (
        <SelfCheckResult
          result={state.result}
          answers={state.answers}
          elsewhere={state.values?.location === "elsewhere"}
          startBooking={startBooking}
          headingRef={resultHeading}
        />
      ) : null}
      <form ref={form} action={formAction} noValidate className="space-y-10">
        <FormMessage state={state} />
        {selfCheckSections.map((section) => (
          <section key={section.id} aria-labelledby={`vragen-${section.id}`} className="space-y-6">
            <h2 id={`vragen-${section.id}`} className="text-2xl font-semibold">
              {section.title}
            </h2>
            {section.questions.map((question) => (
              <div key={question.name} className="rounded-lg border border-line bg-surface p-4">
                <ChoiceGroup
                  name={question.name}
                  label={question.label}
                  hint={question.hint}
                  options={question.options}
                  defaultValue={state.values?.[question.name]}
                  errors={state.fieldErrors?.[question.name]}
                />
              </div>
            ))}
          </section>
        ))}
        <SubmitButton pendingLabel="Even rekenen…">{state.result ? "Advies opnieuw bekijken" : "Bekijk mijn advies"}</SubmitButton>
      </form>
    </>
  );
}
