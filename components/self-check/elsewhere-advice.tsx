import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { practice } from "@/lib/practice";

/** "Ergens anders": this check cannot judge that pain, so it gives general advice and the way to book. */
export function ElsewhereAdvice() {
  return (
    <section aria-labelledby="uitslag" className="mb-12">
      <Notice tone="info">
        <h2 id="uitslag" tabIndex={-1} autoFocus className="text-2xl font-semibold">
          Deze check is gemaakt voor de hamstring
        </h2>
        <p className="mt-2">
          Je pijn zit ergens anders. Daar kunnen deze vragen niets zinnigs over zeggen, dus een advies op maat geven we hier niet.
        </p>
        <ul className="mt-3 list-disc space-y-1 pl-5">
          <li>Blijf bewegen zolang dat kan zonder dat de pijn toeneemt, en bouw rustig op.</li>
          <li>
            Is de pijn plotseling en hevig, kun je niet op je been staan, of komen er koorts, zwelling of gevoelloosheid bij? Bel dan je
            huisarts, of ’s avonds en in het weekend de huisartsenpost.
          </li>
          <li>Houdt het langer dan een week of twee aan, of komt het steeds terug? Laat er dan iemand naar kijken.</li>
        </ul>
        <p className="mt-3">
          In een bewegingsketenanalyse kijken we naar je hele keten, van voeten tot romp, dus ook naar klachten buiten de hamstring.
          Twijfel je of dat bij jou past? Bel ons op <a href={practice.phoneHref} className="text-link">{practice.phone}</a>.
        </p>
        <p className="mt-4">
          <Link href="/afspraak" prefetch={false} className={buttonClasses("primary")}>
            Plan een afspraak
          </Link>
        </p>
      </Notice>
    </section>
  );
}
