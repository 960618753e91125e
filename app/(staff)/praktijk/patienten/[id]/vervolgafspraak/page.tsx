import { randomBytes } from "node:crypto";
import type { Metadata } from "next";
import Form from "next/form";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AppointmentFacts } from "@/components/booking/appointment-facts";
import { SlotPicker } from "@/components/booking/slot-picker";
import { SelectField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { FollowUpForm } from "@/components/workspace/follow-up-form";
import { pickerView } from "@/lib/booking/slot-days";
import { searchDates } from "@/lib/booking/slots";
import { findFollowUpSlots, getFollowUpContext } from "@/lib/data/staff/follow-up";
import { formatMinutes } from "@/lib/time/format";
import { parseBookingChoice } from "@/lib/validation/booking";
import { bookFollowUpAction } from "./actions";
import { workspaceSession } from "@/app/area-session";

export const metadata: Metadata = { title: "Vervolgafspraak plannen" };

export default async function FollowUpPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const session = await workspaceSession("/praktijk/patienten");
  const context = await getFollowUpContext(session, id);
  if (!context) notFound();
  const choice = parseBookingChoice(await searchParams);
  const service = context.services.find((s) => s.slug === choice.service) ?? context.services.find((s) => s.slug === context.defaultServiceSlug);
  const therapist = context.therapists.find((t) => t.slug === choice.therapist) ?? context.therapists.find((t) => t.slug === context.defaultTherapistSlug);
  const basePath = `/praktijk/patienten/${context.patient.id}/vervolgafspraak`;

  const header = (
    <>
      <p>
        <Link href={`/praktijk/patienten/${context.patient.id}`} className="underline underline-offset-2">
          ← {context.patient.name}
        </Link>
      </p>
      <h1 className="mt-4 text-3xl font-semibold">Vervolgafspraak plannen</h1>
      <p className="mt-2 text-muted">Voor {context.patient.name}. De patiënt krijgt een bevestiging per e-mail met de uitnodiging voor de agenda.</p>
    </>
  );
  if (!service || !therapist) {
    return (
      <>
        {header}
        <p className="mt-6">Er zijn nu geen behandelingen of therapeuten te boeken.</p>
      </>
    );
  }

  const now = new Date();
  const search = await findFollowUpSlots(session, { serviceSlug: service.slug, therapistSlug: therapist.slug }, now);
  const slots = search?.slots ?? [];
  const chosen = choice.time ? slots.find((slot) => slot.start === choice.time!.getTime()) : undefined;
  const zone = search?.settings.timeZone ?? "Europe/Amsterdam";
  const { today, lastBookable } = searchDates({ now }, search?.settings ?? { timeZone: zone, horizonDays: 56 });
  const keep = { dienst: service.slug, therapeut: therapist.slug };

  return (
    <>
      {header}
      <Form action={basePath} className="mt-6 grid gap-4 rounded-lg border border-line bg-surface p-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
        <SelectField
          name="dienst"
          label="Behandeling"
          defaultValue={service.slug}
          options={context.services.map((s) => ({ value: s.slug, label: `${s.name} (${formatMinutes(s.minutes)})` }))}
        />
        <SelectField name="therapeut" label="Therapeut" defaultValue={therapist.slug} options={context.therapists.map((t) => ({ value: t.slug, label: t.displayName }))} />
        <SubmitButton variant="secondary">Vrije tijden tonen</SubmitButton>
      </Form>
      {search ? (
        <p className="mt-3 text-sm text-muted">
          Dezelfde vrije tijden als bij online boeken: met {search.settings.bufferMinutes} minuten tussen afspraken en minstens{" "}
          {formatMinutes(search.settings.minNoticeMinutes)} vooruit.
        </p>
      ) : null}

      {chosen ? (
        <section aria-labelledby="gekozen" className="mt-6 rounded-lg border border-brand bg-brand-soft p-5">
          <h2 id="gekozen" className="text-xl font-semibold">
            Controleer de afspraak
          </h2>
          <AppointmentFacts
            className="mt-3"
            appointment={{
              serviceName: service.name,
              serviceMinutes: service.minutes,
              therapistName: therapist.displayName,
              startsAt: new Date(chosen.start),
              endsAt: new Date(chosen.start + service.minutes * 60_000),
            }}
          />
          <FollowUpForm
            action={bookFollowUpAction}
            fields={{ patientId: context.patient.id, dienst: service.slug, therapeut: therapist.slug, tijd: new Date(chosen.start).toISOString(), sleutel: randomBytes(18).toString("base64url") }}
          />
          <p className="mt-4">
            <Link href={`${basePath}?${new URLSearchParams(keep).toString()}`} className="underline underline-offset-2">
              Ander moment kiezen
            </Link>
          </p>
        </section>
      ) : (
        <>
          {choice.time ? <Notice tone="warning" className="mt-6" title="Dit tijdstip is niet meer vrij — kies een ander moment" /> : null}
          <SlotPicker view={pickerView(slots, zone, today, lastBookable, { week: choice.week, day: choice.day })} basePath={basePath} keep={keep} />
        </>
      )}
    </>
  );
}
