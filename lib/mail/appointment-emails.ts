import { buildInvite } from "@/lib/calendar/ics";
import { practice } from "@/lib/practice";
import { formatDate, formatMinutes, formatTime } from "@/lib/time/format";
import { renderEmail } from "./layout";
import type { OutgoingEmail } from "./outbox";

/**
 * The e-mails about an appointment: confirmation, rescheduled, cancelled. Each carries the calendar
 * invite (same UID, the appointment's current SEQUENCE). They hold no health data: e-mail is not a safe
 * place for it, and the intake stays in the app.
 */
export type AppointmentMailDetails = {
  appointmentId: string;
  sequence: number;
  startsAt: Date;
  endsAt: Date;
  serviceName: string;
  serviceMinutes: number;
  therapistName: string;
  patientName: string;
  to: string;
  cancelCutoffHours: number;
  /** The practice's cancellation policy (practice settings), repeated in the confirmation. */
  cancellationPolicy?: string;
};

/** What the patient can do with their account, for the confirmation's closing lines. */
export type PortalInvitation = { kind: "activate"; url: string; validDays: number } | { kind: "login"; url: string } | { kind: "none" };

const location = `${practice.name}, ${practice.street}, ${practice.postalCode} ${practice.city}`;

const when = (d: AppointmentMailDetails) => `${formatDate(d.startsAt)}, ${formatTime(d.startsAt)}–${formatTime(d.endsAt)}`;

function invite(d: AppointmentMailDetails, method: "REQUEST" | "CANCEL", manageUrl: string | null, now: Date) {
  return {
    method,
    content: buildInvite({
      uid: `${d.appointmentId}@keten`,
      sequence: d.sequence,
      method,
      start: d.startsAt,
      end: d.endsAt,
      summary: `${d.serviceName} bij ${practice.name}`,
      description: [`${d.serviceName} (${formatMinutes(d.serviceMinutes)}) met ${d.therapistName}.`, manageUrl ? `Verzetten of annuleren: ${manageUrl}` : `Vragen? Bel ${practice.phone}.`].join("\n"),
      location,
      organizer: { name: practice.name, email: practice.email },
      attendee: { name: d.patientName, email: d.to },
      stamp: now,
    }),
  };
}

const changeRule = (d: AppointmentMailDetails) =>
  `Verzetten of annuleren kan tot ${d.cancelCutoffHours} uur van tevoren via de link hierboven. Daarna bel je ons: ${practice.phone}.`;

const notYou = "Heb je deze afspraak niet zelf gemaakt? Annuleer hem dan via de link hierboven, of bel ons.";
const notYouMoved = `Heb je deze afspraak niet zelf verzet? Bel ons dan: ${practice.phone}.`;

export function confirmationEmail(d: AppointmentMailDetails, manageUrl: string, portal: PortalInvitation, now = new Date()): OutgoingEmail {
  const portalLines =
    portal.kind === "activate"
      ? [
          `Je kunt ook een account voor ons patiëntenportaal aanmaken. Daar zie je je afspraken en straks je oefenplan. Kies een wachtwoord via deze link (${portal.validDays} dagen geldig): ${portal.url}`,
        ]
      : portal.kind === "login"
        ? [`Je afspraken en je oefenplan vind je ook in je patiëntenportaal: ${portal.url}`]
        : [];
  const { text, html } = renderEmail({
    greeting: `Beste ${d.patientName},`,
    paragraphs: [
      `Je afspraak is bevestigd: ${d.serviceName} (${formatMinutes(d.serviceMinutes)}) bij ${d.therapistName}.`,
      `Wanneer: ${when(d)}.`,
      `Waar: ${location}.`,
      "De uitnodiging voor je agenda zit bij deze e-mail.",
    ],
    action: { label: "Afspraak bekijken, verzetten of annuleren", href: manageUrl },
    afterAction: [changeRule(d), ...(d.cancellationPolicy?.trim() ? [`Ons annuleringsbeleid: ${d.cancellationPolicy.trim()}`] : []), ...portalLines, notYou],
  });
  return {
    kind: "appointment_confirmation",
    to: d.to,
    subject: `Bevestiging: ${d.serviceName} op ${formatDate(d.startsAt)} om ${formatTime(d.startsAt)}`,
    text,
    html,
    ics: invite(d, "REQUEST", manageUrl, now),
  };
}

export function rescheduledEmail(d: AppointmentMailDetails, manageUrl: string, now = new Date()): OutgoingEmail {
  const { text, html } = renderEmail({
    greeting: `Beste ${d.patientName},`,
    paragraphs: [
      `Je afspraak is verzet. De nieuwe tijd: ${when(d)}, ${d.serviceName} bij ${d.therapistName}.`,
      `Waar: ${location}.`,
      "De bijgewerkte uitnodiging voor je agenda zit bij deze e-mail; je agenda vervangt de oude tijd.",
    ],
    action: { label: "Afspraak bekijken, verzetten of annuleren", href: manageUrl },
    afterAction: [changeRule(d), "Gebruik voortaan de link in deze e-mail: die in eerdere e-mails werkt niet meer.", notYouMoved],
  });
  return {
    kind: "appointment_rescheduled",
    to: d.to,
    subject: `Verzet: ${d.serviceName} nu op ${formatDate(d.startsAt)} om ${formatTime(d.startsAt)}`,
    text,
    html,
    ics: invite(d, "REQUEST", manageUrl, now),
  };
}

export function cancelledEmail(d: AppointmentMailDetails, bookUrl: string, now = new Date()): OutgoingEmail {
  const { text, html } = renderEmail({
    greeting: `Beste ${d.patientName},`,
    paragraphs: [
      `Je afspraak op ${when(d)} (${d.serviceName} bij ${d.therapistName}) is geannuleerd.`,
      "Met de bijlage haalt je agenda de afspraak weg.",
    ],
    action: { label: "Een nieuwe afspraak maken", href: bookUrl },
    afterAction: [`Heb je deze afspraak niet zelf geannuleerd? Bel ons dan: ${practice.phone}.`],
  });
  return {
    kind: "appointment_cancelled",
    to: d.to,
    subject: `Geannuleerd: ${d.serviceName} op ${formatDate(d.startsAt)} om ${formatTime(d.startsAt)}`,
    text,
    html,
    ics: invite(d, "CANCEL", null, now),
  };
}
