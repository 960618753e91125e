import type { Metadata } from "next";
import Link from "next/link";
import { cookies } from "next/headers";
import { AppointmentFacts } from "@/components/booking/appointment-facts";
import { CancellationPolicy } from "@/components/booking/cancellation-policy";
import { ForgetIntakeDraft } from "@/components/booking/forget-intake-draft";
import { PendingHold } from "@/components/booking/pending-hold";
import { TriageAdvice } from "@/components/booking/triage-advice";
import { Notice } from "@/components/ui/notice";
import { StepHeading } from "@/components/ui/step-heading";
import { triageView } from "@/lib/booking/triage-view";
import { getBookingConfirmation } from "@/lib/data/booking-confirmation";
import { getHeldBookingByKey } from "@/lib/data/booking-holds";
import { getPracticeRules } from "@/lib/data/practice-settings";
import { practice } from "@/lib/practice";
import { BOOKING_COOKIE } from "../booking-cookie";

export const metadata: Metadata = { title: "Afspraak bevestigd", robots: { index: false } };

export default async function BookingConfirmedPage() {
  const key = (await cookies()).get(BOOKING_COOKIE)?.value;
  const confirmation = key ? await getBookingConfirmation(key) : null;
  const held = key && !confirmation ? await getHeldBookingByKey(key) : null;
  const rules = await getPracticeRules();
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      {held || confirmation ? <ForgetIntakeDraft /> : null}
      {held ? (
        <PendingHold hold={held} />
      ) : !confirmation ? (
        <>
          <h1 className="text-3xl font-semibold">Je afspraak</h1>
          <p className="mt-4">
            We kunnen hier geen net gemaakte afspraak laten zien. Heb je een afspraak gemaakt? Dan staan alle gegevens in de bevestiging die we je
            hebben gemaild, met een link om de afspraak te bekijken, te verzetten of te annuleren.
          </p>
          <p className="mt-4">
            <Link href="/afspraak" className="underline underline-offset-2">Een afspraak maken</Link> of bel ons: <a href={practice.phoneHref} className="underline underline-offset-2">{practice.phone}</a>.
          </p>
        </>
      ) : (
        <>
          <StepHeading level={1} id="afspraak-bevestigd" className="text-3xl font-semibold">
            Je afspraak is bevestigd
          </StepHeading>
          <Notice tone="success" className="mt-6" live="polite">
            We hebben een bevestiging gestuurd naar <strong>{confirmation.email}</strong>, met een uitnodiging voor je agenda en een link om je
            afspraak te verzetten of te annuleren.
          </Notice>
          <AppointmentFacts className="mt-6" appointment={confirmation} />
          <TriageAdvice triage={triageView(confirmation.triageOutcome, confirmation.redFlags, { booking: true })} />
          <p className="mt-6">
            <a href="/afspraak/bevestigd/agenda.ics" download className="underline underline-offset-2">
              Zet in je agenda (.ics)
            </a>
          </p>
          <h2 className="mt-8 text-xl font-semibold">Wat neem je mee?</h2>
          <p className="mt-2">{rules.whatToBring}</p>
          <CancellationPolicy text={rules.cancellationPolicy} cutoffHours={rules.cancelCutoffHours} />
          <p className="mt-6">
            Hoe je ons vindt, waar je parkeert en wat je verzekering vergoedt, lees je op{" "}
            <Link href="/praktisch" className="underline underline-offset-2">
              de pagina Praktisch
            </Link>
            .
          </p>
          <p className="mt-6">
            Geen e-mail gekregen? Kijk in je map met ongewenste e-mail, of bel ons: <a href={practice.phoneHref} className="underline underline-offset-2">{practice.phone}</a>.
          </p>
        </>
      )}
    </div>
  );
}
