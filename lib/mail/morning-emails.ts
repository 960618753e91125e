import { formatPlainDate } from "@/lib/time/format";
import { renderEmail } from "./layout";
import type { OutgoingEmail } from "./outbox";

/**
 * The morning question by e-mail (opt-in): the morning after a logged session, "hoe voelt het vanochtend?"
 * with a link to the question in the portal. No scores or other health data in the message itself.
 */
export function morningQuestionEmail(d: { to: string; patientName: string; sessionDate: string }, links: { question: string; preferences: string }): OutgoingEmail {
  const { text, html } = renderEmail({
    greeting: `Goedemorgen ${d.patientName},`,
    paragraphs: [
      `Gisteren, ${formatPlainDate(d.sessionDate)}, heb je geoefend. Hoe voelt het vanochtend?`,
      "Geef het een cijfer van 0 tot 10 in je portaal. Samen met je score tijdens het oefenen zie je dan meteen of je verder kunt opbouwen, het zo houdt of een stap terug doet.",
    ],
    action: { label: "Hoe voelt het vanochtend?", href: links.question },
    afterAction: [`Deze vraag liever niet meer per e-mail? Zet hem uit in je portaal: ${links.preferences}`],
  });
  return { kind: "morning_question", to: d.to, subject: "Hoe voelt het vanochtend?", text, html };
}
