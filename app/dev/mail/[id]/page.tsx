import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getMailboxMessage } from "@/lib/data/dev-mailbox";
import { formatDateTime } from "@/lib/time/format";

export const metadata: Metadata = { title: "E-mail", robots: { index: false } };

/** Plain text with its URLs as links, so a tester can follow an activation or manage link. */
function TextWithLinks({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/[^\s<>"]+)/g);
  return (
    <pre className="whitespace-pre-wrap wrap-anywhere rounded-md border border-line bg-surface p-4 font-sans">
      {parts.map((part, i) =>
        /^https?:\/\//.test(part) ? (
          <a key={i} href={part} className="underline underline-offset-2">
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </pre>
  );
}

export default async function DevMailMessagePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const message = await getMailboxMessage(id);
  if (!message) notFound();
  return (
    <main id="inhoud" className="mx-auto w-full max-w-3xl px-4 py-10">
      <p>
        <Link href="/dev/mail">← Alle e-mails</Link>
      </p>
      <h1 className="mt-4 text-2xl font-semibold wrap-anywhere">{message.subject}</h1>
      <dl className="mt-4 grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 text-sm wrap-anywhere">
        <dt className="text-muted">Aan</dt>
        <dd>{message.toAddress}</dd>
        <dt className="text-muted">Aangemaakt</dt>
        <dd>{formatDateTime(message.createdAt)}</dd>
        <dt className="text-muted">Soort</dt>
        <dd>{message.kind}</dd>
      </dl>
      {message.icsContent ? (
        <p className="mt-4">
          <a href={`/dev/mail/${message.id}/uitnodiging.ics`}>Agenda-uitnodiging downloaden ({message.icsMethod})</a>
        </p>
      ) : null}
      <h2 className="mt-6 text-lg font-semibold">Tekst</h2>
      <TextWithLinks text={message.textBody} />
    </main>
  );
}
