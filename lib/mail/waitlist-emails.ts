import { practice } from "@/lib/practice";
import { formatDate, formatTime } from "@/lib/time/format";
import { renderEmail } from "./layout";
import type { OutgoingEmail } from "./outbox";

/** The waitlist's e-mails: on the list, a freed time to claim. No health data. */
export function waitlistJoinedEmail(d: { to: string; name: string; serviceName: string; untilText: string; leaveUrl: string }): OutgoingEmail {
  const { text, html } = renderEmail({
    greeting: `Beste ${d.name},`,
    paragraphs: [
      `Je staat op onze wachtlijst voor ${d.serviceName}, tot en met ${d.untilText}.`,
      "Komt er een tijd vrij die bij je wensen past, dan mailen we je meteen. Wie het eerst op de link in die e-mail klikt, krijgt de tijd.",
    ],
    action: { label: "Van de wachtlijst af", href: d.leaveUrl },
    afterAction: [`Heb je je niet zelf aangemeld? Meld je dan af met de link hierboven, of bel ons: ${practice.phone}.`],
  });
  return { kind: "waitlist_joined", to: d.to, subject: `Je staat op de wachtlijst voor ${d.serviceName}`, text, html };
}

export function waitlistOfferEmail(d: {
  to: string;
  name: string;
  serviceName: string;
  therapistName: string;
  startsAt: Date;
  endsAt: Date;
  expiresAt: Date;
  claimUrl: string;
  leaveUrl: string;
}): OutgoingEmail {
  const { text, html } = renderEmail({
    greeting: `Beste ${d.name},`,
    paragraphs: [
      `Er is een tijd vrijgekomen die bij je wensen past: ${d.serviceName} bij ${d.therapistName}, ${formatDate(d.startsAt)} van ${formatTime(d.startsAt)} tot ${formatTime(d.endsAt)}.`,
      `We bieden deze tijd aan een paar mensen van de wachtlijst tegelijk aan. Wil je hem hebben? Open dan vóór ${formatTime(d.expiresAt)} de link hieronder; wie het eerst bevestigt, krijgt hem.`,
    ],
    action: { label: "Deze tijd bekijken en boeken", href: d.claimUrl },
    afterAction: [
      "Past deze tijd niet? Dan hoef je niets te doen: je blijft op de wachtlijst.",
      `Wil je niet meer wachten? Meld je af: ${d.leaveUrl}`,
    ],
  });
  return { kind: "waitlist_offer", to: d.to, subject: `Vrijgekomen: ${d.serviceName} op ${formatDate(d.startsAt)} om ${formatTime(d.startsAt)}`, text, html };
}
