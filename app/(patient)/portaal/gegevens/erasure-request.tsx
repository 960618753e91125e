import type { Session } from "next-auth";
import { ErasureRequestForm } from "@/components/portal/erasure-request-form";
import { Notice } from "@/components/ui/notice";
import { Section } from "@/components/ui/section";
import { erasureAnswerParagraphs } from "@/lib/clinical/erasure-answer";
import { listOwnErasureRequests } from "@/lib/data/erasure";
import { formatDate } from "@/lib/time/format";
import { requestErasureAction } from "./erasure-actions";

/** Mijn gegevens → Gegevens laten verwijderen (decision 024): the request, and the practice's answer. */
export async function ErasureRequest({ session }: { session: Session }) {
  const requests = await listOwnErasureRequests(session);
  const open = requests.find((request) => request.status === "open");
  const answered = requests.find((request) => request.status === "answered");
  return (
    <Section id="verwijderen" title="Gegevens laten verwijderen" className="mt-10">
      <p className="mt-2 max-w-2xl">
        Je kunt de praktijk vragen je gegevens te verwijderen. Je medisch dossier moeten we volgens de wet 20 jaar bewaren; wat dat voor je verzoek
        betekent, leggen we je in ons antwoord uit.
      </p>
      {open ? (
        <Notice tone="info" className="mt-4 max-w-2xl" title={`Je verzoek van ${formatDate(open.createdAt)} is ontvangen`}>
          De praktijk antwoordt je binnen een maand, per e-mail en hier.
        </Notice>
      ) : null}
      {answered && !open ? (
        <Notice tone="info" className="mt-4 max-w-2xl" title={`Ons antwoord op je verzoek van ${formatDate(answered.createdAt)}`}>
          {erasureAnswerParagraphs({ note: answered.answerNote, accountClosed: answered.accountClosed }).map((paragraph) => (
            <p key={paragraph} className="mt-2">
              {paragraph}
            </p>
          ))}
        </Notice>
      ) : null}
      {open ? null : <ErasureRequestForm action={requestErasureAction} />}
    </Section>
  );
}
