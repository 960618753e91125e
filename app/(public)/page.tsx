import Link from "next/link";
import { connection } from "next/server";
import { listActiveServices, listActiveTherapists } from "@/lib/data/catalogue";
import { formatMinutes } from "@/lib/time/format";

export default async function HomePage() {
  // The services and therapists come from the database, so this page renders at request time.
  await connection();
  const [services, therapists] = await Promise.all([listActiveServices(), listActiveTherapists()]);

  return (
    <>
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
            <Link href="/afspraak" className="rounded-md bg-brand px-5 py-3 font-medium text-white no-underline hover:bg-brand-strong">
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

      <section aria-labelledby="behandelingen" className="mx-auto max-w-5xl px-4 py-12">
        <h2 id="behandelingen" className="text-3xl font-semibold">
          Behandelingen
        </h2>
        <ul className="mt-6 grid gap-4 sm:grid-cols-2">
          {services.map((service) => (
            <li key={service.slug} className="rounded-lg border border-line bg-surface p-6">
              <h3 className="text-xl font-semibold">{service.name}</h3>
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
    </>
  );
}
