import { ChoiceGroup } from "@/components/ui/field";
import { buttonClasses } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { SelfCheckField } from "@/lib/self-check/questions";
import { questionOf, type SelfCheckAnswers, type SelfCheckStep } from "@/lib/self-check/steps";

/** Where every step posts: app/(public)/klachtencheck/antwoorden/route.ts (then on to the next step). */
export const SELF_CHECK_POST_PATH = "/klachtencheck/antwoorden";

/**
 * One step of the self-check as a plain HTML form (no client JavaScript, decision 014): only the questions
 * that still apply. After a step was sent incomplete, the browser's own `autofocus` takes the focus to the
 * first question still open, and each is named in the summary above the form.
 */
export function SelfCheckStepForm({ step, stepNumber, answers, missing }: { step: SelfCheckStep; stepNumber: number; answers: SelfCheckAnswers; missing: SelfCheckField[] }) {
  return (
    <form method="post" action={SELF_CHECK_POST_PATH} noValidate className="space-y-6">
      <input type="hidden" name="stap" value={step.id} />
      <h2 id={`vragen-${step.id}`} className="text-2xl font-semibold">
        Stap {stepNumber}: {step.title}
      </h2>
      {missing.length ? (
        <Notice tone="danger" title="Nog niet alles beantwoord">
          <p>Kies bij elke vraag een antwoord; ‘weet ik niet’ mag ook. Nog open:</p>
          <ul className="mt-1 list-disc pl-5">
            {missing.map((name) => (
              <li key={name}>
                <a href={`#${name}-${questionOf(name).options[0]!.value}`}>{questionOf(name).label}</a>
              </li>
            ))}
          </ul>
        </Notice>
      ) : null}
      {step.questions.map((name) => {
        const question = questionOf(name);
        return (
          <div key={name} className="rounded-lg border border-line bg-surface p-4">
            <ChoiceGroup
              name={name}
              label={question.label}
              hint={question.hint}
              options={question.options}
              defaultValue={answers[name]}
              errors={missing.includes(name) ? [`Kies een antwoord bij ‘${question.label}’`] : undefined}
              autoFocusFirst={name === missing[0]}
            />
          </div>
        );
      })}
      <button type="submit" className={buttonClasses("primary")}>
        Verder
      </button>
    </form>
  );
}

/** Clears the answers so far (the draft cookie) and starts again. */
export function RestartSelfCheck() {
  return (
    <form method="post" action={SELF_CHECK_POST_PATH} className="mt-8">
      <button type="submit" name="opnieuw" value="1" className={buttonClasses("secondary")}>
        Opnieuw beginnen
      </button>
    </form>
  );
}

/** What the visitor answered in the steps before this one, so nothing is hidden from them. */
export function AnswersSoFar({ answers }: { answers: SelfCheckAnswers }) {
  const entries = Object.entries(answers) as [SelfCheckField, string][];
  if (!entries.length) return null;
  return (
    <details className="mb-6 rounded-lg border border-line p-4">
      <summary className="cursor-pointer font-medium">Je antwoorden tot nu toe</summary>
      <dl className="mt-3 space-y-2">
        {entries.map(([name, value]) => {
          const question = questionOf(name);
          return (
            <div key={name}>
              <dt className="text-sm text-muted">{question.label}</dt>
              <dd>{question.options.find((option) => option.value === value)?.label}</dd>
            </div>
          );
        })}
      </dl>
    </details>
  );
}
