import type { Metadata } from "next";
import { CalendarFeedForms } from "@/components/staff-settings/calendar-feed-forms";
import { ownFeedStatus } from "@/lib/data/calendar-feeds";
import { staffSession } from "../settings-guard";
import { renewFeedAction, stopFeedAction } from "./actions";

export const metadata: Metadata = { title: "Agenda-abonnement" };

export default async function CalendarFeedPage() {
  const status = await ownFeedStatus(await staffSession("/praktijk/agenda-abonnement"));
  return (
    <>
      <h1 className="text-3xl font-semibold">Agenda-abonnement</h1>
      <p className="mt-2 max-w-3xl text-muted">
        Zie je afspraken in je eigen agenda-app (Google, Apple, Outlook) met een privélink. Afspraken tonen de behandeling en de voorletters van de
        patiënt, tenzij de praktijk volledige namen heeft aangezet; geen klachten of intake. Wie de link heeft, ziet je agenda: maak een nieuwe als je
        hem kwijt bent of hebt gedeeld, dan stopt de oude.
      </p>
      {status.canHaveFeed ? (
        <>
          <p className="mt-4">{status.active ? "Je hebt een actief agenda-abonnement." : "Je hebt nog geen agenda-abonnement."}</p>
          <CalendarFeedForms renew={renewFeedAction} stop={stopFeedAction} active={status.active} />
        </>
      ) : (
        <p className="mt-4">Je account heeft geen eigen agenda met patiënten, dus er is niets om te abonneren.</p>
      )}
    </>
  );
}
