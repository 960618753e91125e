import { HOLD_MINUTES } from "@/lib/booking/holds";
import { practice } from "@/lib/practice";
import { formatDate, formatMinutes, formatTime } from "@/lib/time/format";
import { renderEmail } from "./layout";
import type { OutgoingEmail } from "./outbox";

/**
 * The e-mail to the owner of an account when someone booked with their address without being logged in
 * (decision 016). It names the time, not the answers: whoever typed the address may not be its owner.
 */
export type HoldMailDetails = {
  to: string;
  serviceName: string;
  serviceMinutes: number;
  therapistName: string;
  startsAt: Date;
  endsAt: Date;
  expiresAt: Date;
  confirmUrl: string;
};

export function holdEmail(d: HoldMailDetails): OutgoingEmail {
  const { text, html } = renderEmail({
    greeting: "Hallo,",
    paragraphs: [
      `Zojuist is met dit e-mailadres een afspraak aangevraagd: ${d.serviceName} (${formatMinutes(d.serviceMinutes)}) bij ${d.therapistName}, op ${formatDate(d.startsAt)} van ${formatTime(d.startsAt)} tot ${formatTime(d.endsAt)}.`,
      `Omdat er bij ons al een account met dit adres is, zetten we de afspraak pas vast als jij dat bevestigt. We houden de tijd ${HOLD_MINUTES} minuten voor je vrij, tot ${formatTime(d.expiresAt)}.`,
    ],
    action: { label: "Afspraak bevestigen", href: d.confirmUrl },
    afterAction: [
      "Heb jij dit niet aangevraagd? Doe dan niets: zonder jouw bevestiging komt er niets in je dossier en is de tijd daarna weer vrij.",
      `Te laat? Maak dan opnieuw een afspraak, het liefst ingelogd in je patiëntenportaal, of bel ons: ${practice.phone}.`,
    ],
  });
  return {
    kind: "booking_hold",
    to: d.to,
    subject: `Bevestig je afspraak van ${formatDate(d.startsAt)} om ${formatTime(d.startsAt)}`,
    text,
    html,
  };
}
