import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { articleSectionByHref, selfCareSections, type ArticleSection } from "@/lib/triage/article-sections";
import { triageOutcomeAdvice, triageOutcomeLabels, type TriageOutcome } from "@/lib/triage/outcomes";
import type { ShortNoticeTimes } from "@/lib/data/short-notice";
import { encodeTriageInput, type TriageInput } from "@/lib/triage";
import type { TriageResult } from "@/lib/triage/triage";
import { UrgentAdvice } from "./urgent-advice";

const tones: Record<TriageOutcome, "danger" | "warning" | "success"> = {
  see_soon: "danger",
  book_analysis: "warning",
  self_care: "success",
};

/** The advice, the answers that led to it, where to read more, and a button that carries the answers into booking. */
export function SelfCheckResult({ result, input, shortNotice }: { result: TriageResult; input: TriageInput; shortNotice: ShortNoticeTimes | null }) {
  const answers = encodeTriageInput(input);
  const sections: ArticleSection[] = result.flags.length
    ? [...new Set(result.flags.map((flag) => flag.articleHref))].flatMap((href) => articleSectionByHref(href) ?? [])
    : selfCareSections;

  return (
    <section aria-labelledby="uitslag" className="mb-12">
      <Notice tone={tones[result.outcome]}>
        <h2 id="uitslag" tabIndex={-1} autoFocus className="text-2xl font-semibold">
          Ons advies: {triageOutcomeLabels[result.outcome].toLowerCase()}
        </h2>
        <p className="mt-2">{triageOutcomeAdvice[result.outcome]}</p>
        {result.outcome === "see_soon" ? <UrgentAdvice shortNotice={shortNotice} /> : null}

        <h3 className="mt-5 font-sans text-lg font-semibold">Waarom dit advies?</h3>
        {result.flags.length ? (
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {result.flags.map((flag) => (
              <li key={flag.code}>{flag.reason}</li>
            ))}
          </ul>
        ) : (
          <p className="mt-1">Geen van je antwoorden wijst op een waarschuwingssignaal.</p>
        )}
        <h3 className="mt-5 font-sans text-lg font-semibold">Lees meer</h3>
        <ul className="mt-1 space-y-1">
          {sections.map((section) => (
            <li key={section.href}>
              <Link href={section.href} className="text-link">
                {section.title}
              </Link>
            </li>
          ))}
        </ul>

        {/* Posts to app/(public)/klachtencheck/boeken/route.ts, which keeps the answers in a cookie and opens booking. */}
        <form method="post" action="/klachtencheck/boeken" className="mt-6">
          <input type="hidden" name="answers" value={answers} />
          <button type="submit" className={buttonClasses(result.outcome === "self_care" ? "secondary" : "primary")}>
            {result.outcome === "book_analysis" ? "Plan een bewegingsketenanalyse" : "Plan een afspraak"}
          </button>
          <p className="mt-2 text-sm">
            Je antwoorden gaan mee naar het intakeformulier, zodat je ze niet opnieuw hoeft in te vullen. Tot je de afspraak
            bevestigt, staan ze alleen in je eigen browser, hooguit twee uur.
          </p>
        </form>
      </Notice>
    </section>
  );
}
