import Link from "next/link";
import { redFlagByCode, triageOutcomeLabels, type RedFlagCode } from "@/lib/triage";

/**
 * "When should a professional look?" — listed from the triage's own red-flag definitions, so an article
 * and the self-check always name the same signs, and sort them the same way (soon, or by appointment).
 */
const groups = [
  { severity: "urgent", intro: "Laat het vandaag of morgen bekijken door een fysiotherapeut of je huisarts als:" },
  { severity: "attention", intro: "Plan een afspraak, zodat we samen naar de oorzaak kijken, als:" },
] as const;

export function WarningSignsBox({ codes, id }: { codes: RedFlagCode[]; id: string }) {
  const flags = codes.map(redFlagByCode);
  return (
    <section aria-labelledby={id} className="my-8 rounded-lg border-l-4 border-alert bg-alert-soft p-5 sm:p-6">
      <h3 id={id} className="mt-0 text-xl font-semibold">
        Wanneer moet een professional kijken?
      </h3>
      {groups.map(({ severity, intro }) => {
        const signs = flags.filter((flag) => flag.severity === severity);
        return signs.length ? (
          <div key={severity}>
            <p className="mt-3 font-semibold">{intro}</p>
            <ul className="mt-1 list-disc space-y-1 pl-5">
              {signs.map((flag) => (
                <li key={flag.code}>{flag.sign}</li>
              ))}
            </ul>
          </div>
        ) : null;
      })}
      <p className="no-print mt-4">
        Twijfel je? De{" "}
        <Link href="/klachtencheck" className="text-link">
          klachtencheck
        </Link>{" "}
        zet je antwoorden op een rij en geeft een van drie
        adviezen, van &lsquo;{triageOutcomeLabels.self_care.toLowerCase()}&rsquo; tot &lsquo;{triageOutcomeLabels.see_soon.toLowerCase()}&rsquo;.
      </p>
    </section>
  );
}
