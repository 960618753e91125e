import type { Metadata } from "next";
import Link from "next/link";
import { AppointmentFacts } from "@/components/booking/appointment-facts";
import { TokenButtonForm } from "@/components/waitlist/token-button-form";
import { Notice } from "@/components/ui/notice";
import { getOffer } from "@/lib/data/waitlist-claim";
import { formatTime } from "@/lib/time/format";
import { claimOfferByLinkAction } from "./actions";

export const metadata: Metadata = { title: "Vrijgekomen tijd", robots: { index: false, follow: false } };

export default async function OfferPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const offer = await getOffer(token);
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-semibold">Vrijgekomen tijd</h1>
      {!offer ? (
        <p className="mt-6">Dit aanbod bestaat niet (meer). Gebruik de link in je nieuwste e-mail.</p>
      ) : (
        <>
          <AppointmentFacts className="mt-6" appointment={{ ...offer, serviceMinutes: Math.round((offer.endsAt.getTime() - offer.startsAt.getTime()) / 60_000) }} />
          {offer.state === "open" ? (
            <>
              <p className="mt-6">
                Deze tijd is ook aan een paar anderen van de wachtlijst aangeboden. Wie het eerst bevestigt, krijgt hem. Het aanbod geldt tot {formatTime(offer.expiresAt)}.
              </p>
              <TokenButtonForm action={claimOfferByLinkAction} token={token} label="Deze tijd boeken" pendingLabel="Bezig met boeken…" />
            </>
          ) : (
            <Notice tone={offer.state === "claimed" ? "success" : "info"} className="mt-6">
              {offer.state === "claimed"
                ? "Deze tijd is voor je geboekt. De bevestiging staat in je e-mail."
                : offer.state === "lost"
                  ? "Helaas, deze tijd is net vergeven aan iemand anders. Je blijft op de wachtlijst; bij de volgende vrije tijd hoor je van ons."
                  : "Dit aanbod is verlopen. Je blijft op de wachtlijst; bij de volgende vrije tijd hoor je van ons."}
            </Notice>
          )}
          <p className="mt-6">
            <Link href="/afspraak" className="underline underline-offset-2">Zelf een andere tijd zoeken</Link>
          </p>
        </>
      )}
    </div>
  );
}
