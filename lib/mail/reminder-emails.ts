import { practice } from "@/lib/practice";
import { formatDate, formatMinutes, formatTime } from "@/lib/time/format";
import type { AppointmentMailDetails } from "./appointment-emails";
import { renderEmail } from "./layout";
import type { OutgoingEmail } from "./outbox";

/** The reminder e-mail and the short text message before an appointment. No health data in either. */
export function reminderEmail(d: AppointmentMailDetails, links: { manage: string; preferences: string }, whatToBring: string): OutgoingEmail {
  const { text, html } = renderEmail({
    greeting: `Beste ${d.patientName},`,
    paragraphs: [
      `Een herinnering aan je afspraak: ${d.serviceName} (${formatMinutes(d.serviceMinutes)}) bij ${d.therapistName}.`,
      `Wanneer: ${formatDate(d.startsAt)} om ${formatTime(d.startsAt)}, tot ${formatTime(d.endsAt)}.`,
      `Waar: ${practice.name}, ${practice.street}, ${practice.postalCode} ${practice.city}.`,
      ...(whatToBring.trim() ? [`Wat neem je mee? ${whatToBring.trim()}`] : []),
    ],
    action: { label: "Afspraak bekijken, verzetten of annuleren", href: links.manage },
    afterAction: [
      `Verzetten of annuleren kan tot ${d.cancelCutoffHours} uur voor de afspraak. Lukt het daarna niet meer, bel ons dan: ${practice.phone}.`,
      `Liever geen herinneringen? Zet ze uit in je patiëntenportaal: ${links.preferences}`,
    ],
  });
  return {
    kind: "appointment_reminder",
    to: d.to,
    subject: `Herinnering: ${d.serviceName} op ${formatDate(d.startsAt)} om ${formatTime(d.startsAt)}`,
    text,
    html,
  };
}

export function reminderSms(d: Pick<AppointmentMailDetails, "startsAt" | "therapistName">): string {
  return `${practice.name}: tot straks! Je afspraak bij ${d.therapistName} is om ${formatTime(d.startsAt)}, ${practice.street}, ${practice.city}. Verhinderd? Bel ${practice.phone}.`;
}
