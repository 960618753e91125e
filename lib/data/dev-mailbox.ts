import "server-only";
import { desc, eq } from "drizzle-orm";
import { db } from "@/db";
import { outboxEmails, outboxSms } from "@/db/schema";
import { env } from "@/lib/env";

/**
 * The development mailbox: the outbox shown at /dev/mail so that no message is silently lost when no SMTP
 * server is configured. Open in development (unless DEV_MAILBOX=off) and where DEV_MAILBOX=on (the browser
 * tests); closed everywhere else — it shows other people's e-mails, links included.
 */
export function devMailboxEnabled(): boolean {
  if (env.DEV_MAILBOX === "on") return true;
  return env.NODE_ENV === "development" && env.DEV_MAILBOX !== "off";
}

export type MailboxEntry = { id: string; kind: string; to: string; subject: string; createdAt: Date; sentAt: Date | null; hasInvite: boolean };

export async function listMailbox(limit = 100): Promise<MailboxEntry[]> {
  if (!devMailboxEnabled()) return [];
  const rows = await db
    .select({
      id: outboxEmails.id,
      kind: outboxEmails.kind,
      to: outboxEmails.toAddress,
      subject: outboxEmails.subject,
      createdAt: outboxEmails.createdAt,
      sentAt: outboxEmails.sentAt,
      ics: outboxEmails.icsMethod,
    })
    .from(outboxEmails)
    .orderBy(desc(outboxEmails.createdAt), desc(outboxEmails.id))
    .limit(limit);
  return rows.map(({ ics, ...row }) => ({ ...row, hasInvite: ics !== null }));
}

export async function getMailboxMessage(id: string) {
  if (!devMailboxEnabled() || !/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [row] = await db.select().from(outboxEmails).where(eq(outboxEmails.id, id)).limit(1);
  return row ?? null;
}

export type SmsOutboxEntry = { id: string; kind: string; to: string; body: string; createdAt: Date; sentAt: Date | null };

/** The text-message outbox for /dev/sms, under the same rule as the mailbox. */
export async function listSmsOutbox(limit = 100): Promise<SmsOutboxEntry[]> {
  if (!devMailboxEnabled()) return [];
  return db
    .select({ id: outboxSms.id, kind: outboxSms.kind, to: outboxSms.toPhone, body: outboxSms.body, createdAt: outboxSms.createdAt, sentAt: outboxSms.sentAt })
    .from(outboxSms)
    .orderBy(desc(outboxSms.createdAt), desc(outboxSms.id))
    .limit(limit);
}
