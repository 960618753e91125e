import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/public/breadcrumbs";
import { ComplaintsSection, OpeningHoursTable, PriceList } from "@/components/public/practical-sections";
import { HOME_EDITION, PRACTICAL_PATH } from "@/lib/content/home-route";
import { pageMetadata } from "@/lib/content/metadata";
import { isDatabaseUnavailable } from "@/lib/data/db-errors";
import { getPracticalInfo, type PracticalInfo } from "@/lib/data/practical";
import { practice } from "@/lib/practice";

/**
 * /praktisch ("/praktisch" is rewritten here, next.config.ts): prices, reimbursement, what to bring, opening
 * hours, how to get here, the cancellation rule and the complaints procedure. Prices, hours and the rules
 * come from the database, so it is rendered on its first request and then kept like the home page
 * (docs/decisions/014); the actions that change them call refreshPracticalPage().
 */
export const revalidate = 300;
export const dynamicParams = true;
export function generateStaticParams(): { versie: string }[] {
  return [];
}

export const metadata: Metadata = pageMetadata({
  title: "Praktisch",
  description: "Tarieven, vergoeding door je zorgverzekeraar, wat je meeneemt, openingstijden, route en parkeren, annuleren en klachten.",
  path: PRACTICAL_PATH,
});

async function load(): Promise<PracticalInfo | null> {
  try {
    return await getPracticalInfo();
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    console.error("/praktisch: the database is unavailable", error);
    return null;
  }
}

function Unavailable({ what }: { what: string }) {
  return (
    <p className="mt-3 rounded-lg border border-line bg-surface p-4">
      {what} kunnen we op dit moment even niet tonen. Kijk over een paar minuten opnieuw, of bel ons op <a href={practice.phoneHref} className="underline underline-offset-2">{practice.phone}</a>.
    </p>
  );
}

const sectionClass = "mt-10 scroll-mt-4";
const headingClass = "text-2xl font-semibold";

export default async function PracticalPage({ params }: { params: Promise<{ versie: string }> }) {
  if ((await params).versie !== HOME_EDITION) notFound();
  const info = await load();
  const { directions } = practice;
  return (
    <div className="mx-auto max-w-3xl px-4 py-8 sm:py-12">
      <Breadcrumbs
        crumbs={[
          { name: "Home", path: "/" },
          { name: "Praktisch", path: PRACTICAL_PATH },
        ]}
      />
      <h1 className="mt-4 text-4xl font-semibold sm:text-5xl">Praktisch</h1>
      <p className="mt-4 text-lg text-muted">Alles wat je wilt weten voordat je komt: wat het kost, wat je verzekering betaalt, wat je meeneemt en hoe je ons vindt.</p>

      <section aria-labelledby="tarieven" className={sectionClass}>
        <h2 id="tarieven" className={headingClass}>
          Tarieven
        </h2>
        {info ? <PriceList services={info.services} /> : <Unavailable what="Onze tarieven" />}
      </section>

      <section aria-labelledby="vergoeding" className={sectionClass}>
        <h2 id="vergoeding" className={headingClass}>
          Wat vergoedt je verzekering?
        </h2>
        <div className="mt-3 space-y-3">
          <p>
            Het basispakket betaalt fysiotherapie voor volwassenen bijna nooit. Vergoeding loopt meestal via een <strong>aanvullende verzekering</strong>.
            Hoeveel behandelingen die per kalenderjaar dekt, verschilt sterk per polis: kijk het na in je polisvoorwaarden of vraag het je
            verzekeraar. Een behandeling die je verzekering niet (meer) betaalt, reken je zelf af tegen de tarieven hierboven.
          </p>
          <p>
            Je eigen risico speelt bij een aanvullende verzekering geen rol. Ben je jonger dan achttien, dan betaalt het basispakket vaak wel een
            aantal behandelingen; vraag ernaar als je een afspraak maakt.
          </p>
        </div>
        <h3 className="mt-6 text-xl font-semibold">Geen verwijzing nodig</h3>
        <div className="mt-2 space-y-3">
          <p>
            Fysiotherapie is <strong>direct toegankelijk</strong>: je mag zonder briefje van de huisarts bij ons langskomen en zelf een afspraak
            inplannen. Enkele polissen stellen voor vergoeding toch een verwijzing als voorwaarde; staat dat in de jouwe, neem hem dan mee.
          </p>
          <p>
            Kom je zonder verwijzing, dan begint je eerste bezoek met een korte <strong>screening</strong>. Je therapeut stelt een paar gerichte
            vragen over je klacht en je gezondheid om na te gaan of fysiotherapie voor jou de juiste plek is, of dat er signalen zijn waarmee je
            beter eerst naar je huisarts gaat. In dat laatste geval leggen we uit waarom en helpen we je verder; anders gaan we gewoon door met het
            onderzoek.
          </p>
        </div>
      </section>

      <section aria-labelledby="meenemen" className={sectionClass}>
        <h2 id="meenemen" className={headingClass}>
          Wat neem je mee?
        </h2>
        <ul className="mt-3 list-disc space-y-2 pl-6">
          <li>
            <strong>Een geldig identiteitsbewijs</strong> (paspoort, identiteitskaart of rijbewijs). Zorgverleners moeten bij het eerste bezoek
            controleren wie je bent.
          </li>
          <li>
            <strong>Je zorgpas</strong>, of in elk geval de naam van je verzekeraar en je polisnummer, zodat we de behandeling goed kunnen
            declareren.
          </li>
          <li>
            <strong>Sportkleding</strong>: een korte broek en een shirt waarin je vrij beweegt, plus de schoenen waarin je het meest loopt of
            sport. We kijken hoe je hele keten beweegt, en dat zien we het best met blote benen.
          </li>
        </ul>
        {info ? <p className="mt-3 text-muted">Van de praktijk: {info.whatToBring}</p> : null}
      </section>

      <section aria-labelledby="openingstijden" className={sectionClass}>
        <h2 id="openingstijden" className={headingClass}>
          Openingstijden
        </h2>
        {info ? (
          <>
            <OpeningHoursTable days={info.openingHours} />
            <p className="mt-3 text-muted">
              Op deze tijden werkt er minstens één van onze therapeuten. Welke tijden nog vrij zijn, zie je als je{" "}
              <Link href="/afspraak" prefetch={false} className="text-link">
                een afspraak maakt
              </Link>
              .
            </p>
          </>
        ) : (
          <Unavailable what="De openingstijden" />
        )}
      </section>

      <section aria-labelledby="route" className={sectionClass}>
        <h2 id="route" className={headingClass}>
          Adres en route
        </h2>
        <address className="mt-3 not-italic">
          {practice.name}
          <br />
          {practice.street}
          <br />
          {practice.postalCode} {practice.city}
        </address>
        <p className="mt-2">
          <a href={directions.mapHref} className="text-link" rel="noopener noreferrer">
            Bekijk het adres op de kaart (OpenStreetMap)
          </a>
        </p>
        <p className="mt-3">{directions.route}</p>
        <h3 className="mt-5 text-xl font-semibold">Met het openbaar vervoer</h3>
        <p className="mt-2">{directions.publicTransport}</p>
        <h3 className="mt-5 text-xl font-semibold">Met de fiets</h3>
        <p className="mt-2">{directions.bike}</p>
        <h3 className="mt-5 text-xl font-semibold">Met de auto en parkeren</h3>
        <p className="mt-2">{directions.parking}</p>
      </section>

      <section aria-labelledby="annuleren" className={sectionClass}>
        <h2 id="annuleren" className={headingClass}>
          Annuleren of verzetten
        </h2>
        {info ? (
          <div className="mt-3 space-y-3">
            <p>
              Tot <strong>{info.cancelCutoffHours} uur</strong> voor je afspraak verzet of annuleer je hem zelf, met de link in je
              bevestigingsmail of in je portaal. Is het later, bel ons dan op <a href={practice.phoneHref} className="underline underline-offset-2">{practice.phone}</a>.
            </p>
            <p>{info.cancellationPolicy}</p>
          </div>
        ) : (
          <Unavailable what="De annuleringsregel" />
        )}
      </section>

      <section aria-labelledby="klachten" className={sectionClass}>
        <h2 id="klachten" className={headingClass}>
          Niet tevreden? Zo werkt een klacht
        </h2>
        {info ? <ComplaintsSection officer={info.complaintsOfficer} committee={info.disputesCommittee} /> : <Unavailable what="De klachtenregeling" />}
      </section>
    </div>
  );
}
