import type { Metadata } from "next";
import Link from "next/link";
import { AppointmentFacts } from "@/components/booking/appointment-facts";
import { ConfirmHoldForm } from "@/components/booking/confirm-hold-form";
import { Notice } from "@/components/ui/notice";
import { getHeldBooking } from "@/lib/data/booking-holds";
import { practice } from "@/lib/practice";
import { formatTime } from "@/lib/time/format";
import { confirmHoldByLinkAction } from "./actions";

export const metadata: Metadata = { title: "Afspraak bevestigen", robots: { index: false, follow: false } };

/**
 * The link in the e-mail to the owner of an address someone booked with (decision 016). Opening it changes
 * nothing (mail scanners open links); the owner confirms with the button.
 */
export default async function ConfirmHoldPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const hold = await getHeldBooking(token);
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      {!hold ? (
        <>
          <h1 className="text-3xl font-semibold">Deze link werkt niet (meer)</h1>
          <p className="mt-4">
            We vinden bij deze link geen aanvraag die nog bevestigd moet worden. Heb je hem al bevestigd? Dan heb je een e-mail gekregen met de
            bevestiging en een link om je afspraak te bekijken.
          </p>
          <p className="mt-4">
            <Link href="/afspraak" className="underline underline-offset-2">Een afspraak maken</Link> of bel ons:{" "}
            <a href={practice.phoneHref} className="underline underline-offset-2">{practice.phone}</a>.
          </p>
        </>
      ) : hold.expired ? (
        <>
          <h1 className="text-3xl font-semibold">Deze aanvraag is verlopen</h1>
          <p className="mt-4">
            De tijd werd tot {formatTime(hold.expiresAt)} voor je vastgehouden. Omdat hij niet op tijd is bevestigd, is er geen afspraak gemaakt en
            is de tijd weer vrij gegeven.
          </p>
          <p className="mt-4">
            <Link href="/afspraak" className="underline underline-offset-2">Maak een nieuwe afspraak</Link>, het liefst nadat je bent ingelogd, of bel
            ons: <a href={practice.phoneHref} className="underline underline-offset-2">{practice.phone}</a>.
          </p>
        </>
      ) : (
        <>
          <h1 className="text-3xl font-semibold">Afspraak bevestigen</h1>
          <p className="mt-4">
            Met jouw e-mailadres is deze afspraak aangevraagd, op naam van <strong>{hold.nameGiven}</strong>. We houden de tijd vrij tot{" "}
            <strong>{formatTime(hold.expiresAt)}</strong>.
          </p>
          <AppointmentFacts className="mt-6" appointment={hold} />
          <p className="mt-6">Na je bevestiging staan de afspraak en de ingevulde intake in je dossier, en krijg je een bevestiging per e-mail.</p>
          <ConfirmHoldForm action={confirmHoldByLinkAction} token={token} />
          <Notice className="mt-8" title="Niet door jou aangevraagd?">
            Dan hoef je niets te doen. Zonder bevestiging komt er niets in je dossier en is de tijd om {formatTime(hold.expiresAt)} weer vrij.
          </Notice>
        </>
      )}
    </div>
  );
}
