import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { devMailboxEnabled, listMailbox } from "@/lib/data/dev-mailbox";
import { formatDateTime } from "@/lib/time/format";

export const metadata: Metadata = { title: "Ontwikkel-mailbox", robots: { index: false } };

/** On a phone the table fits the screen: its text may break anywhere (a long address or word) rather than scroll sideways. */
export default async function DevMailboxPage() {
  await connection(); // the outbox is read at request time, never at build time
  if (!devMailboxEnabled()) notFound();
  const messages = await listMailbox();
  return (
    <main id="inhoud" className="mx-auto w-full max-w-4xl px-4 py-10">
      <h1 className="text-3xl font-semibold">Ontwikkel-mailbox</h1>
      <p className="mt-2 text-muted">
        Alle e-mails die de app verstuurt staan in de outbox in de database. Zonder SMTP-server blijven ze hier staan.{" "}
        <Link href="/dev/sms" className="underline underline-offset-2">Naar de sms&apos;jes</Link>
      </p>
      {messages.length === 0 ? (
        <p className="mt-8">Nog geen e-mails.</p>
      ) : (
        <table className="mt-8 w-full border-collapse text-left text-sm wrap-anywhere">
          <caption className="sr-only">Verstuurde e-mails, nieuwste eerst</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-2 pr-4">Aan</th>
              <th scope="col" className="py-2 pr-4">Onderwerp</th>
              <th scope="col" className="py-2 pr-4">Aangemaakt</th>
              <th scope="col" className="py-2">Status</th>
            </tr>
          </thead>
          <tbody>
            {messages.map((message) => (
              <tr key={message.id} className="border-b border-line align-top">
                <td className="py-2 pr-4">{message.to}</td>
                <td className="py-2 pr-4">
                  <Link href={`/dev/mail/${message.id}`}>{message.subject}</Link>
                  {message.hasInvite ? <span className="ml-2 text-muted">(met agenda-uitnodiging)</span> : null}
                </td>
                <td className="py-2 pr-4">{formatDateTime(message.createdAt)}</td>
                <td className="py-2">{message.sentAt ? "verzonden" : "in de outbox"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
