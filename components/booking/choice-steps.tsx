import Form from "next/form";
import Link from "next/link";
import { SubmitButton } from "@/components/ui/submit-button";
import type { BookableService, BookableTherapist } from "@/lib/data/availability";
import { formatMinutes } from "@/lib/time/format";
import { bookingHref, NO_PREFERENCE } from "@/lib/validation/booking";

/** Steps 1 and 2: a GET form each, so the choice lands in the URL (no health data there) and works without JavaScript. */

const card = "flex cursor-pointer items-start gap-3 rounded-lg border border-line bg-surface p-4 has-[:checked]:border-brand has-[:checked]:bg-brand-soft";

export function ServiceStep({ services, selected }: { services: BookableService[]; selected?: string }) {
  return (
    <Form action="/afspraak" className="mt-6">
      <fieldset>
        <legend className="text-2xl font-semibold">Welke afspraak wil je maken?</legend>
        <div className="mt-4 space-y-3">
          {services.map((service, index) => (
            <label key={service.slug} className={card}>
              <input type="radio" name="dienst" value={service.slug} required defaultChecked={selected ? selected === service.slug : index === 0} className="mt-1 size-5 shrink-0 accent-brand" />
              <span>
                <span className="block font-semibold">
                  {service.name} <span className="font-normal text-muted">· {formatMinutes(service.minutes)}</span>
                </span>
                <span className="mt-1 block text-muted">{service.description}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <SubmitButton className="mt-6">Verder</SubmitButton>
    </Form>
  );
}

export function TherapistStep({ service, therapists, selected }: { service: BookableService; therapists: BookableTherapist[]; selected?: string }) {
  return (
    <Form action="/afspraak" className="mt-6">
      <input type="hidden" name="dienst" value={service.slug} />
      <fieldset>
        <legend className="text-2xl font-semibold">Bij wie?</legend>
        <div className="mt-4 space-y-3">
          <label className={card}>
            <input type="radio" name="therapeut" value={NO_PREFERENCE} required defaultChecked={!selected || selected === NO_PREFERENCE} className="mt-1 size-5 shrink-0 accent-brand" />
            <span>
              <span className="block font-semibold">Geen voorkeur</span>
              <span className="mt-1 block text-muted">Je ziet de vrije tijden van al onze therapeuten.</span>
            </span>
          </label>
          {therapists.map((therapist) => (
            <label key={therapist.slug} className={card}>
              <input type="radio" name="therapeut" value={therapist.slug} defaultChecked={selected === therapist.slug} className="mt-1 size-5 shrink-0 accent-brand" />
              <span>
                <span className="block font-semibold">{therapist.displayName}</span>
                <span className="mt-1 block text-muted">{therapist.title}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="mt-6 flex flex-wrap items-center gap-4">
        <SubmitButton>Verder</SubmitButton>
        <Link href={bookingHref({ dienst: service.slug })} className="inline-block py-2">
          Andere behandeling kiezen
        </Link>
      </div>
    </Form>
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
