import Link from "next/link";
import type { ReactNode } from "react";
import { StepHeading } from "@/components/ui/step-heading";
import { formatPrice } from "@/lib/booking/practice-hours";
import type { BookableService, BookableTherapist } from "@/lib/data/availability";
import { formatMinutes } from "@/lib/time/format";
import { bookingHref, NO_PREFERENCE } from "@/lib/validation/booking";

/**
 * Steps 1 and 2: a GET form each, so the choice lands in the URL (no health data there) and works without
 * JavaScript. Nothing is chosen for the visitor: every option is its own button, so "Verder" without a
 * choice cannot happen and the keyboard browses (Tab) without choosing (Enter chooses).
 */

const card =
  "flex w-full cursor-pointer items-start gap-3 rounded-lg border bg-surface p-4 text-left hover:border-brand focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand aria-pressed:border-brand aria-pressed:bg-brand-soft";

function Choice({ name, value, chosen, title, detail }: { name: string; value: string; chosen: boolean; title: ReactNode; detail: ReactNode }) {
  return (
    <li>
      <button type="submit" name={name} value={value} aria-pressed={chosen} className={`${card} ${chosen ? "border-brand" : "border-line"}`}>
        <span>
          <span className="block font-semibold">{title}</span>
          <span className="mt-1 block text-muted">{detail}</span>
        </span>
      </button>
    </li>
  );
}

export function ServiceStep({ services, selected }: { services: BookableService[]; selected?: string }) {
  return (
    <form method="get" action="/afspraak" className="mt-6">
      <StepHeading id="kies-behandeling" className="text-2xl font-semibold">
        Welke afspraak wil je maken?
      </StepHeading>
      <ul className="mt-4 space-y-3" aria-labelledby="kies-behandeling">
        {services.map((service) => (
          <Choice
            key={service.slug}
            name="dienst"
            value={service.slug}
            chosen={selected === service.slug}
            title={
              <>
                {service.name} <span className="font-normal text-muted">· {[formatMinutes(service.minutes), formatPrice(service.priceCents)].filter(Boolean).join(" · ")}</span>
              </>
            }
            detail={service.description}
          />
        ))}
      </ul>
      <p className="mt-3 text-sm text-muted">
        Vergoedt je aanvullende verzekering fysiotherapie, dan betaal je vaak niets of een deel. Lees meer over{" "}
        <Link href="/praktisch#vergoeding" className="underline underline-offset-2">
          tarieven en vergoeding
        </Link>
        .
      </p>
    </form>
  );
}

export function TherapistStep({ service, therapists, selected }: { service: BookableService; therapists: BookableTherapist[]; selected?: string }) {
  return (
    <form method="get" action="/afspraak" className="mt-6">
      <input type="hidden" name="dienst" value={service.slug} />
      <StepHeading id="kies-therapeut" className="text-2xl font-semibold">
        Bij wie?
      </StepHeading>
      <ul className="mt-4 space-y-3" aria-labelledby="kies-therapeut">
        <Choice name="therapeut" value={NO_PREFERENCE} chosen={selected === NO_PREFERENCE} title="Geen voorkeur" detail="Je ziet de vrije tijden van al onze therapeuten." />
        {therapists.map((therapist) => (
          <Choice key={therapist.slug} name="therapeut" value={therapist.slug} chosen={selected === therapist.slug} title={therapist.displayName} detail={therapist.title} />
        ))}
      </ul>
      <p className="mt-6">
        <Link href="/afspraak" className="inline-block py-2">
          Andere behandeling kiezen
        </Link>
      </p>
    </form>
  );
}

/** The choices so far, each with a way back. */
export function ChosenSoFar({ service, therapistLabel, therapistParam }: { service: BookableService; therapistLabel?: string; therapistParam?: string }) {
  return (
    <dl className="mt-6 flex flex-wrap gap-x-8 gap-y-2 rounded-lg border border-line bg-surface px-5 py-3">
      <div>
        <dt className="text-sm text-muted">Behandeling</dt>
        <dd>
          {service.name} ({formatMinutes(service.minutes)}) · <Link href="/afspraak" className="underline underline-offset-2">wijzigen</Link>
        </dd>
      </div>
      {therapistLabel ? (
        <div>
          <dt className="text-sm text-muted">Therapeut</dt>
          <dd>
            {therapistLabel} · <Link href={bookingHref({ dienst: service.slug, therapeut: therapistParam })} className="underline underline-offset-2">wijzigen</Link>
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
