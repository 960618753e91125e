import { PublicPage } from "@/components/layout/public-page";
import { Breadcrumbs } from "@/components/public/breadcrumbs";
import type { SelfCheckState } from "@/lib/self-check/form";
import { SelfCheckForm } from "./self-check-form";

const head = {
  title: "Klachtencheck voor je hamstring",
  description:
    "Beantwoord een paar korte vragen over je hamstringklacht en krijg een eerlijk advies: eerst zelf aan de slag, een bewegingsketenanalyse plannen, of snel laten kijken.",
  path: "/klachtencheck",
};

/** The self-check page, empty (pages/klachtencheck/index.tsx) or with the advice or what is missing (…/advies.tsx). */
export function SelfCheckPage({ state }: { state: SelfCheckState }) {
  const crumbs = [
    { name: "Home", path: "/" },
    { name: "Klachtencheck", path: "/klachtencheck" },
  ];
  return (
    <PublicPage head={head}>
      <div className="mx-auto max-w-3xl px-4 py-8 sm:py-12">
        <Breadcrumbs crumbs={crumbs} />
        <h1 className="mt-4 text-4xl font-semibold sm:text-5xl">Klachtencheck</h1>
        <div className="mt-4 space-y-3 text-lg text-muted">
          <p>
            Last van de achterkant van je bovenbeen? Beantwoord deze vragen en je krijgt een van drie adviezen: eerst zelf aan de slag,
            een bewegingsketenanalyse plannen, of je klacht snel laten bekijken. We vertellen er steeds bij welke antwoorden tot dat
            advies leidden.
          </p>
          <p>
            Deze check stelt geen diagnose en vervangt geen onderzoek. We bewaren je antwoorden niet. Heb je heftige pijn of twijfel
            je, bel dan je huisarts.
          </p>
        </div>
        <div className="mt-8">
          <SelfCheckForm state={state} />
        </div>
      </div>
    </PublicPage>
  );
}
