import Link from "next/link";
import { Notice } from "@/components/ui/notice";
import type { TriageView } from "@/lib/booking/triage-view";
import { practice } from "@/lib/practice";

/**
 * The plain advice from the intake's answers, with the reasons. It never diagnoses. When someone should look
 * soon, it says so plainly — and booking stays possible.
 */
export function TriageAdvice({ triage, headingLevel = 2 }: { triage: TriageView; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const soon = triage.outcome === "see_soon";
  return (
    <section aria-labelledby="advies-titel" className="mt-6">
      <Notice tone={soon ? "danger" : triage.outcome === "book_analysis" ? "warning" : "info"}>
        <Heading id="advies-titel" className="text-lg font-semibold">
          Ons advies: {triage.title.toLowerCase()}
        </Heading>
        <p className="mt-2">{triage.advice}</p>
        {soon ? (
          <p className="mt-2 font-medium">
            Wacht daar niet mee: bel je huisarts of een fysiotherapeut in de komende dagen. Je kunt deze afspraak gewoon
            maken of houden; twijfel je, bel ons dan op <a href={practice.phoneHref} className="underline underline-offset-2">{practice.phone}</a>.
          </p>
        ) : null}
        {triage.flags.length > 0 ? (
          <>
            <p className="mt-3 font-medium">Waarom we dit zeggen:</p>
            <ul className="mt-1 list-disc space-y-1 pl-5">
              {triage.flags.map((flag) => (
                <li key={flag.code}>
                  {flag.reason}{" "}
                  <Link href={flag.articleHref} className="underline underline-offset-2">
                    Lees meer<span className="sr-only"> over: {flag.label.toLowerCase()}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </Notice>
    </section>
  );
}
