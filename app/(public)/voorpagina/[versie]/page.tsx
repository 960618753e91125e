import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleCard } from "@/components/kennisbank/article-card";
import { BookingInvitation } from "@/components/public/booking-invitation";
import { ChainIllustration } from "@/components/public/chain-illustration";
import { JsonLd } from "@/components/public/json-ld";
import { listArticleSummaries } from "@/lib/content/article-summaries";
import { HOME_EDITION } from "@/lib/content/home-route";
import { pageMetadata, siteDescription, siteOrigin } from "@/lib/content/metadata";
import { isDatabaseUnavailable } from "@/lib/data/db-errors";
import { organizationJsonLd } from "@/lib/content/structured-data";
import { listActiveServices, listActiveTherapists, type PublicService, type PublicTherapist } from "@/lib/data/catalogue";
import { practice } from "@/lib/practice";
import { formatMinutes } from "@/lib/time/format";

/**
 * The home page ("/" is rewritten here, next.config.ts; docs/decisions/014). Services and therapists come from
 * the database, so it cannot be prerendered by `next build` (decision 002): it is rendered on the first
 * request, kept as a static page, and rendered again when the team or the services change
 * (lib/content/home-route.ts) or, as a safety net, at most once every five minutes.
 */
export const revalidate = 300;
export const dynamicParams = true;
export function generateStaticParams(): { versie: string }[] {
  return [];
}

export const metadata: Metadata = {
  ...pageMetadata({ title: practice.name, description: siteDescription, path: "/" }),
  title: { absolute: `${practice.name} · ${practice.tagline}` },
};

type Catalogue = { services: PublicService[]; therapists: PublicTherapist[] };

/** Null when the database cannot be reached: the page still explains the practice and invites to book. */
async function loadCatalogue(): Promise<Catalogue | null> {
  try {
    const [services, therapists] = await Promise.all([listActiveServices(), listActiveTherapists()]);
    return { services, therapists };
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    console.error("home page: the database is unavailable", error);
    return null;
  }
}

/** What happens during the first visit, in the order the patient lives it. */
const analysisSteps = [
  {
    title: "We luisteren",
    text: "Je vertelt wat je voelt, sinds wanneer, wat je al probeerde en waar je naartoe wilt, bijvoorbeeld terug naar je sport op een bepaalde datum.",
  },
  {
    title: "We kijken hoe je beweegt",
    text: "Tijdens gewone bewegingen zoals lopen, bukken, hurken en op één been staan bekijken we elke schakel: hoe je voet afwikkelt, hoe je knie stuurt, hoe beweeglijk je heupen zijn, hoe je bekken staat en hoe stabiel je romp is. We vergelijken de kracht van je hamstrings links en rechts.",
  },
  {
    title: "We leggen uit wat we zien",
    text: "Je hoort welke schakels je hamstring extra werk bezorgen, en waarom dat tot kramp of overbelasting leidt.",
  },
  {
    title: "Je krijgt een plan",
    text: "Een oefenplan in fases, van rustig opbouwen tot terug naar je sport, met oefeningen voor thuis. Zo word je niet afhankelijk van behandeling, maar houd je zelf de regie.",
  },
];

function CatalogueUnavailable() {
  return (
    <p className="mt-4 rounded-lg border border-line bg-surface p-4">
      Onze behandelingen en therapeuten kunnen we op dit moment even niet laten zien. Probeer het over een minuutje opnieuw, of bel
      ons op <a href={practice.phoneHref}>{practice.phone}</a>.
    </p>
  );
}

export default async function HomePage({ params }: { params: Promise<{ versie: string }> }) {
  if ((await params).versie !== HOME_EDITION) notFound();
  const catalogue = await loadCatalogue();
  const articles = listArticleSummaries();
  const services = catalogue?.services ?? [];
  const therapists = catalogue?.therapists ?? [];

  return (
    <>
      <JsonLd data={{ "@context": "https://schema.org", ...organizationJsonLd(siteOrigin()) }} />
      <section className="bg-brand-soft">
        <div className="mx-auto max-w-5xl px-4 py-14 sm:py-20">
          <p className="text-sm font-semibold uppercase tracking-wide text-brand">Holistische fysiotherapie</p>
          <h1 className="mt-3 max-w-3xl text-4xl font-semibold sm:text-5xl">
            Je hamstring doet pijn. Je bewegingsketen vertelt waarom.
          </h1>
          <p className="mt-5 max-w-2xl text-lg text-muted">
            Een hamstring die steeds opspeelt, werkt vaak harder voor een schakel die elders tekortschiet: je voeten, knieën,
            heupen, bekken of romp. Wij zoeken die schakel, behandelen de oorzaak en leren je hoe je zelf de regie houdt.
          </p>
          <div className="mt-8 flex flex-wrap gap-3">
            <Link href="/afspraak" prefetch={false} className="rounded-md bg-brand px-5 py-3 font-medium text-white no-underline hover:bg-brand-strong">
              Plan een bewegingsketenanalyse
            </Link>
            <Link
              href="/klachtencheck"
              className="rounded-md border border-brand px-5 py-3 font-medium text-brand no-underline hover:bg-surface"
            >
              Doe de klachtencheck
            </Link>
          </div>
        </div>
      </section>

      <section aria-labelledby="bewegingsketen" className="mx-auto grid max-w-5xl items-center gap-10 px-4 py-12 md:grid-cols-2">
        <div>
          <h2 id="bewegingsketen" className="text-3xl font-semibold">
            Je lichaam is een ketting
          </h2>
          <div className="mt-4 space-y-4">
            <p>
              Van je voeten via je enkels, knieën en heupen naar je bekken, onderrug en romp: bij elke stap werken die schakels samen.
              Beweegt er één te weinig of is er één te zwak, dan neemt een andere schakel het werk over.
            </p>
            <p>
              Vaak is dat je hamstring, de spiergroep aan de achterkant van je bovenbeen. Een stijve voet, een zwakke bilspier of
              een bekken dat naar voren kantelt laat hem harder werken dan hij kan volhouden. Dan krijg je kramp, of raakt hij
              overbelast.
            </p>
            <p>
              Daarom behandelen we niet alleen de plek die pijn doet. We zoeken de schakel die tekortschiet, bijvoorbeeld met de
              wedges-techniek om je voet weer soepel te laten afwikkelen, en bouwen daarna aan kracht en zelfredzaamheid.
            </p>
          </div>
        </div>
        <ChainIllustration />
      </section>

      <section aria-labelledby="analyse" className="mx-auto max-w-5xl px-4 py-12">
        <h2 id="analyse" className="text-2xl font-semibold sm:text-3xl">
          Wat gebeurt er in een bewegingsketenanalyse?
        </h2>
        <ol className="mt-6 grid gap-4 sm:grid-cols-2">
          {analysisSteps.map((step, index) => (
            <li key={step.title} className="rounded-lg border border-line bg-surface p-6">
              <h3 className="text-xl font-semibold">
                <span className="text-brand">{index + 1}.</span> {step.title}
              </h3>
              <p className="mt-2">{step.text}</p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="behandelingen" className="mx-auto max-w-5xl px-4 py-12">
        <h2 id="behandelingen" className="text-3xl font-semibold">
          Behandelingen
        </h2>
        {catalogue ? null : <CatalogueUnavailable />}
        <ul className="mt-6 grid gap-4 sm:grid-cols-2">
          {services.map((service) => (
            <li key={service.slug} className="min-w-0 rounded-lg border border-line bg-surface p-4 sm:p-6">
              <h3 className="text-xl font-semibold break-words">{service.name}</h3>
              <p className="mt-1 text-sm font-medium text-brand">{formatMinutes(service.minutes)}</p>
              <p className="mt-3 text-muted">{service.description}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="therapeuten" className="mx-auto max-w-5xl px-4 py-12">
        <h2 id="therapeuten" className="text-3xl font-semibold">
          Onze therapeuten
        </h2>
        <ul className="mt-6 grid gap-4 sm:grid-cols-2">
          {therapists.map((therapist) => (
            <li key={therapist.slug} className="rounded-lg border border-line bg-surface p-6">
              <h3 className="text-xl font-semibold">{therapist.displayName}</h3>
              <p className="mt-1 text-sm text-muted">{therapist.title}</p>
              <p className="mt-3">{therapist.bio}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="kennisbank" className="mx-auto max-w-5xl px-4 py-12">
        <h2 id="kennisbank" className="text-3xl font-semibold">
          Uit de kennisbank
        </h2>
        <div className="mt-6 grid gap-4 sm:grid-cols-2">
          {articles.map((article) => (
            <ArticleCard key={article.slug} article={article} headingLevel={3} />
          ))}
        </div>
        <p className="mt-4">
          Twijfel je of je iemand moet laten kijken?{" "}
          <Link href="/klachtencheck" className="text-link">
            Doe de klachtencheck
          </Link>
          .
        </p>
      </section>

      <div className="mx-auto max-w-5xl px-4 py-12">
        <BookingInvitation headingId="plan-je-analyse" />
      </div>
    </>
  );
}
