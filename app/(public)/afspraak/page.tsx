import { randomBytes } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { ChosenSoFar, ServiceStep, TherapistStep } from "@/components/booking/choice-steps";
import { CancellationPolicy } from "@/components/booking/cancellation-policy";
import { IntakeForm } from "@/components/booking/intake-form";
import { SlotPicker } from "@/components/booking/slot-picker";
import { StepList } from "@/components/booking/step-list";
import { Notice } from "@/components/ui/notice";
import { intakeValuesFromSelfCheck } from "@/lib/booking/intake-triage";
import { pickerView } from "@/lib/booking/slot-days";
import { searchDates } from "@/lib/booking/slots";
import { isDatabaseUnavailable } from "@/lib/data/db-errors";
import { findFreeSlots, listBookableServices, listBookableTherapists } from "@/lib/data/availability";
import { getPracticeRules } from "@/lib/data/practice-settings";
import { readSelfCheckAnswers } from "@/lib/self-check/carry";
import { practice } from "@/lib/practice";
import { bookingHref, NO_PREFERENCE, parseBookingChoice, type BookingChoice } from "@/lib/validation/booking";
import { bookingAction } from "./actions";
import { AGENDA_UNAVAILABLE_MESSAGE, AGENDA_UNAVAILABLE_TITLE } from "./unavailable";

const description = "Plan online een bewegingsketenanalyse of vervolgbehandeling bij Fysiopraktijk Keten: kies een moment en vul de intake in.";

/**
 * Each step is a page load of its own (GET forms): its title names the step, so a screen reader announces
 * where the visitor landed instead of "Afspraak maken" five times. Read from the URL only; a choice the page
 * then turns down (an unknown treatment) only makes the title one step too far.
 */
export async function generateMetadata({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }): Promise<Metadata> {
  const choice = parseBookingChoice(await searchParams);
  const step = !choice.service ? null : !choice.therapist ? "Kies een therapeut" : !choice.time ? "Kies een dag en tijd" : "Intake";
  return { title: step ? `${step} · Afspraak maken` : "Afspraak maken", description };
}

/** The page frame; steps 4 and 5 (one form) show their own step list. */
function Shell({ step, children }: { step?: 1 | 2 | 3; children: ReactNode }) {
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-semibold sm:text-4xl">Afspraak maken</h1>
      {step ? <StepList current={step} /> : null}
      {children}
    </div>
  );
}

/** How often, and how far apart, the page re-reads the agenda while the database is briefly unreachable. */
const UNAVAILABLE_ATTEMPTS = 5;
const UNAVAILABLE_PAUSE_MS = 1_000;

export default async function BookingPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection(); // free times are read per request
  const choice = parseBookingChoice(await searchParams);
  // A database restart takes seconds: wait that out (the form and any message of its action then show as
  // usual), and only then tell the visitor plainly to try again instead of showing an error page.
  for (let attempt = 1; ; attempt++) {
    try {
      return await bookingStep(choice);
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      if (attempt >= UNAVAILABLE_ATTEMPTS) return <AgendaUnavailable choice={choice} />;
      await new Promise((resolve) => setTimeout(resolve, UNAVAILABLE_PAUSE_MS));
    }
  }
}

function AgendaUnavailable({ choice }: { choice: BookingChoice }) {
  const again = bookingHref({ dienst: choice.service, therapeut: choice.therapist, week: choice.week, dag: choice.day, tijd: choice.time?.toISOString() });
  return (
    <Shell>
      <Notice tone="warning" className="mt-6" live="assertive" title={AGENDA_UNAVAILABLE_TITLE}>
        <p>{AGENDA_UNAVAILABLE_MESSAGE}</p>
        <p className="mt-2">
          <Link href={again} className="underline underline-offset-2">
            Opnieuw proberen
          </Link>{" "}
          of bel ons: <a href={practice.phoneHref} className="underline underline-offset-2">{practice.phone}</a>.
        </p>
      </Notice>
    </Shell>
  );
}

/** The step the choices so far lead to; every database read happens before it returns. */
async function bookingStep(choice: BookingChoice) {
  const services = await listBookableServices();
  const service = services.find((s) => s.slug === choice.service);
  if (!service) {
    return (
      <Shell step={1}>
        {services.length === 0 ? <p className="mt-6">Online afspraken maken kan nu niet. Bel ons gerust.</p> : <ServiceStep services={services} selected={choice.service} />}
      </Shell>
    );
  }

  const therapists = await listBookableTherapists();
  const therapist = therapists.find((t) => t.slug === choice.therapist);
  if (!therapist && choice.therapist !== NO_PREFERENCE) {
    return (
      <Shell step={2}>
        <ChosenSoFar service={service} />
        <TherapistStep service={service} therapists={therapists} selected={choice.therapist} />
      </Shell>
    );
  }

  const therapistParam = therapist?.slug ?? NO_PREFERENCE;
  const now = new Date();
  const search = await findFreeSlots({ serviceSlug: service.slug, therapistSlug: therapist?.slug ?? null, now });
  const slots = search?.slots ?? [];
  const chosen = choice.time ? slots.find((slot) => slot.start === choice.time!.getTime()) : undefined;
  const therapistLabel = therapist?.displayName ?? "Geen voorkeur";

  const picker = () => {
    const zone = search?.settings.timeZone ?? "Europe/Amsterdam";
    const { today, lastBookable } = searchDates({ now }, search?.settings ?? { timeZone: zone, horizonDays: 56 });
    const view = pickerView(slots, zone, today, lastBookable, { week: choice.week, day: choice.day });
    return (
      <SlotPicker
        view={view}
        basePath="/afspraak"
        keep={{ dienst: service.slug, therapeut: therapistParam }}
        step
        notice={
          choice.time ? (
            <Notice tone="warning" className="mt-4" live="polite" title="Dit tijdstip is niet meer vrij — kies een ander moment">
              Iemand anders was je voor, of de tijd valt buiten de mogelijkheden.
            </Notice>
          ) : null
        }
      />
    );
  };

  const rules = await getPracticeRules();
  if (!chosen || !search) {
    // A time that was offered until a moment ago (in the future, within the horizon): keep the intake form
    // mounted, so that a form post that lost the race (without JavaScript the page is rendered again after
    // the post) shows "just booked" with fresh times and the patient's answers, not an empty picker.
    const lastMoment = now.getTime() + (search?.settings.horizonDays ?? 56) * 86_400_000;
    if (choice.time && search && choice.time.getTime() > now.getTime() && choice.time.getTime() < lastMoment) {
      const startsAt = choice.time;
      const endsAt = new Date(startsAt.getTime() + service.minutes * 60_000);
      return (
        <Shell>
          <IntakeForm
            action={bookingAction}
            context={{ dienst: service.slug, therapeut: therapistParam, tijd: startsAt.toISOString(), sleutel: randomBytes(18).toString("base64url") }}
            slot={{ serviceName: service.name, minutes: service.minutes, therapistName: therapistLabel, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() }}
            initialValues={{}}
            changeTimeHref={bookingHref({ dienst: service.slug, therapeut: therapistParam })}
            slotGone={picker()}
          >
            <ChosenSoFar service={service} therapistLabel={therapistLabel} therapistParam={therapistParam} />
            <CancellationPolicy text={rules.cancellationPolicy} cutoffHours={rules.cancelCutoffHours} />
          </IntakeForm>
        </Shell>
      );
    }
    return (
      <Shell step={3}>
        <ChosenSoFar service={service} therapistLabel={therapistLabel} therapistParam={therapistParam} />
        {picker()}
        <p className="mt-8">
          Geen tijd die past?{" "}
          <Link href={`/wachtlijst?${new URLSearchParams({ dienst: service.slug, therapeut: therapistParam }).toString()}`} className="underline underline-offset-2">
            Zet je op de wachtlijst
          </Link>
          : zegt iemand af, dan hoor je het meteen.
        </p>
      </Shell>
    );
  }

  const assigned = therapist ?? therapists.find((t) => t.id === chosen.therapistIds[0]);
  const startsAt = new Date(chosen.start);
  const endsAt = new Date(chosen.start + service.minutes * 60_000);
  const selfCheck = await readSelfCheckAnswers();
  return (
    <Shell>
      <IntakeForm
        action={bookingAction}
        context={{ dienst: service.slug, therapeut: therapistParam, tijd: startsAt.toISOString(), sleutel: randomBytes(18).toString("base64url") }}
        slot={{ serviceName: service.name, minutes: service.minutes, therapistName: assigned?.displayName ?? therapistLabel, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() }}
        initialValues={selfCheck ? intakeValuesFromSelfCheck(selfCheck) : {}}
        changeTimeHref={bookingHref({ dienst: service.slug, therapeut: therapistParam })}
      >
        <ChosenSoFar service={service} therapistLabel={therapistLabel} therapistParam={therapistParam} />
        <CancellationPolicy text={rules.cancellationPolicy} cutoffHours={rules.cancelCutoffHours} />
        {selfCheck ? (
          <Notice className="mt-6">We hebben je antwoorden uit de klachtencheck alvast ingevuld. Kijk ze na en vul de rest aan.</Notice>
        ) : null}
      </IntakeForm>
    </Shell>
  );
}
