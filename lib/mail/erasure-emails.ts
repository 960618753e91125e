import { practice } from "@/lib/practice";
import { erasureAnswerParagraphs } from "@/lib/clinical/erasure-answer";
import type { OutgoingEmail } from "./outbox";
import { renderEmail } from "./layout";

/** The practice's answer to a request for erasure (decision 024), also when the portal account was closed. */
export function erasureAnswerEmail(input: { to: string; name: string; note: string; accountClosed: boolean }): OutgoingEmail {
  const first = input.name.trim().split(/\s+/)[0];
  const { text, html } = renderEmail({
    greeting: first ? `Beste ${first},` : "Hallo,",
    paragraphs: erasureAnswerParagraphs(input),
  });
  return { kind: "erasure.answer", to: input.to, subject: `Je verzoek om verwijdering bij ${practice.name}`, text, html };
}
