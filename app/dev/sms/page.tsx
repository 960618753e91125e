import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { devMailboxEnabled, listSmsOutbox } from "@/lib/data/dev-mailbox";
import { formatDateTime } from "@/lib/time/format";

export const metadata: Metadata = { title: "Ontwikkel-sms", robots: { index: false } };

export default async function DevSmsPage() {
  await connection(); // read at request time, never at build time
  if (!devMailboxEnabled()) notFound();
  const messages = await listSmsOutbox();
  return (
    <main id="inhoud" className="mx-auto w-full max-w-4xl px-4 py-10">
      <h1 className="text-3xl font-semibold">Ontwikkel-sms</h1>
      <p className="mt-2 text-muted">
        Sms&apos;jes die de app verstuurt staan in de sms-outbox in de database. Zonder sms-provider (SMS_WEBHOOK_URL) blijven ze hier staan.{" "}
        <Link href="/dev/mail" className="underline underline-offset-2">Naar de e-mails</Link>
      </p>
      {messages.length === 0 ? (
        <p className="mt-8">Nog geen sms&apos;jes.</p>
      ) : (
        <ul className="mt-8 space-y-4 wrap-anywhere">
          {messages.map((message) => (
            <li key={message.id} className="rounded-lg border border-line p-4">
              <p className="text-sm text-muted">
                Aan {message.to} · {formatDateTime(message.createdAt)} · {message.sentAt ? "verzonden" : "in de outbox"}
              </p>
              <p className="mt-1">{message.body}</p>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
