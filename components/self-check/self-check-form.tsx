import { ChoiceGroup } from "@/components/ui/field";
import { buttonClasses } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/notice";
import type { SelfCheckState } from "@/lib/self-check/form";
import { selfCheckSections } from "@/lib/self-check/questions";
import { SelfCheckResult } from "./self-check-result";

/** Where the form posts: a page that answers with the advice (pages/klachtencheck/advies.tsx). */
export const SELF_CHECK_ADVICE_PATH = "/klachtencheck/advies";

/**
 * The self-check as a plain HTML form, served without client JavaScript (docs/decisions/012): it posts the
 * answers (never in the URL) and the next page shows the advice above the form. The browser's own
 * `autofocus` takes the focus to what needs reading: the advice, or the first unanswered question.
 */
export function SelfCheckForm({ state }: { state: SelfCheckState }) {
  const firstInvalid = selfCheckSections.flatMap((section) => section.questions).find((question) => state.fieldErrors?.[question.name]?.length);
  return (
    <>
      {state.result && state.answers ? (
        <SelfCheckResult result={state.result} answers={state.answers} elsewhere={state.values?.location === "elsewhere"} />
      ) : null}
      <form method="post" action={SELF_CHECK_ADVICE_PATH} noValidate className="space-y-10">
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
                  autoFocusFirst={question === firstInvalid}
                />
              </div>
            ))}
          </section>
        ))}
        <button type="submit" className={buttonClasses("primary")}>
          {state.result ? "Advies opnieuw bekijken" : "Bekijk mijn advies"}
        </button>
      </form>
    </>
  );
}
