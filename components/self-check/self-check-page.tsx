import { Breadcrumbs } from "@/components/public/breadcrumbs";
import type { ShortNoticeTimes } from "@/lib/data/short-notice";
import type { SelfCheckAnswers, SelfCheckProgress } from "@/lib/self-check/steps";
import { ElsewhereAdvice } from "./elsewhere-advice";
import { AnswersSoFar, RestartSelfCheck, SelfCheckStepForm } from "./self-check-form";
import { SelfCheckResult } from "./self-check-result";

export const selfCheckMeta = {
  title: "Klachtencheck voor je hamstring",
  description:
    "Beantwoord een paar korte vragen over je hamstringklacht en krijg een eerlijk advies: eerst zelf aan de slag, een bewegingsketenanalyse plannen, of snel laten kijken.",
  path: "/klachtencheck",
};

/**
 * The self-check page: the first step (prerendered, app/(public)/klachtencheck/page.tsx) or, from the
 * answers so far, the next step, the advice, or the note that this check is made for the hamstring
 * (app/(public)/klachtencheck/advies/page.tsx).
 */
export function SelfCheckPage({ progress, answers, shortNotice }: { progress: SelfCheckProgress; answers: SelfCheckAnswers; shortNotice?: ShortNoticeTimes | null }) {
  const crumbs = [
    { name: "Home", path: "/" },
    { name: "Klachtencheck", path: "/klachtencheck" },
  ];
  return (
    <div className="mx-auto max-w-3xl px-4 py-8 sm:py-12">
      <Breadcrumbs crumbs={crumbs} />
      <h1 className="mt-4 text-4xl font-semibold sm:text-5xl">Klachtencheck</h1>
      <div className="mt-4 space-y-3 text-lg text-muted">
        <p>
          Pijn of kramp aan de achterkant van je bovenbeen? In een paar korte stappen krijg je een van drie adviezen: eerst zelf aan de
          slag, een bewegingsketenanalyse plannen, of je klacht snel laten bekijken. Je ziet steeds welke antwoorden tot dat advies
          leidden, en je krijgt alleen de vragen die bij jouw antwoorden horen.
        </p>
        <p>
          De check stelt geen diagnose en vervangt geen onderzoek. Je antwoorden bewaren we niet. Heb je heftige pijn of twijfel je, bel
          dan je huisarts.
        </p>
      </div>
      <div className="mt-8">
        {progress.kind === "ask" ? (
          <>
            <AnswersSoFar answers={answers} />
            <SelfCheckStepForm step={progress.step} stepNumber={progress.stepNumber} answers={answers} missing={progress.missing} />
          </>
        ) : progress.kind === "elsewhere" ? (
          <ElsewhereAdvice />
        ) : (
          <>
            <SelfCheckResult result={progress.result} input={progress.input} shortNotice={shortNotice ?? null} />
            <AnswersSoFar answers={answers} />
          </>
        )}
        {Object.keys(answers).length ? <RestartSelfCheck /> : null}
      </div>
    </div>
  );
}
