import "server-only";
import { and, asc, eq, isNull, lte, sql } from "drizzle-orm";
import { db, type Executor } from "@/db";
import { outboxEmails } from "@/db/schema";
import { env } from "@/lib/env";
import { sendOverSmtp } from "./smtp";

/**
 * The e-mail outbox (transactional outbox pattern). A message is written in the same transaction as the
 * change it reports — a booking and its confirmation exist together or not at all — and delivered
 * afterwards. Nothing is kept in memory: any instance can deliver any message, and a message whose
 * delivery failed is retried later by whichever instance comes first.
 */
export type OutgoingEmail = {
  kind: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  ics?: { content: string; method: "REQUEST" | "CANCEL" };
};

export async function enqueueEmail(executor: Executor, email: OutgoingEmail): Promise<string> {
  const [row] = await executor
    .insert(outboxEmails)
    .values({
      kind: email.kind,
      toAddress: email.to,
      subject: email.subject,
      textBody: email.text,
      htmlBody: email.html ?? null,
      icsContent: email.ics?.content ?? null,
      icsMethod: email.ics?.method ?? null,
    })
    .returning({ id: outboxEmails.id });
  if (!row) throw new Error("outbox insert returned nothing");
  return row.id;
}

const LEASE_MINUTES = 5;
const MAX_ATTEMPTS = 8;

/** Minutes to wait before attempt n+1: 1, 2, 4, … up to a day. */
export function retryDelayMinutes(attempts: number): number {
  return Math.min(2 ** Math.max(0, attempts - 1), 24 * 60);
}

/**
 * Delivers pending messages over SMTP. Without SMTP_URL it does nothing: the messages stay in the outbox
 * (shown at /dev/mail in development) and are never lost. Each message is first leased with a conditional
 * UPDATE, so two instances never send the same message at the same time.
 */
export async function deliverPendingEmails(limit = 20, now = new Date()): Promise<{ sent: number; failed: number }> {
  if (!env.SMTP_URL) return { sent: 0, failed: 0 };
  const due = await db
    .select({ id: outboxEmails.id })
    .from(outboxEmails)
    .where(and(isNull(outboxEmails.sentAt), lte(outboxEmails.nextAttemptAt, now), sql`${outboxEmails.attempts} < ${MAX_ATTEMPTS}`))
    .orderBy(asc(outboxEmails.nextAttemptAt))
    .limit(limit);

  let sent = 0;
  let failed = 0;
  for (const { id } of due) {
    const [leased] = await db
      .update(outboxEmails)
      .set({ nextAttemptAt: new Date(now.getTime() + LEASE_MINUTES * 60_000), attempts: sql`${outboxEmails.attempts} + 1` })
      .where(and(eq(outboxEmails.id, id), isNull(outboxEmails.sentAt), lte(outboxEmails.nextAttemptAt, now)))
      .returning();
    if (!leased) continue; // another instance took it
    try {
      await sendOverSmtp(env.SMTP_URL, env.MAIL_FROM, leased);
      await db.update(outboxEmails).set({ sentAt: new Date(), lastError: null }).where(eq(outboxEmails.id, id));
      sent++;
    } catch (error) {
      failed++;
      await db
        .update(outboxEmails)
        .set({
          lastError: error instanceof Error ? error.message.slice(0, 500) : String(error).slice(0, 500),
          nextAttemptAt: new Date(now.getTime() + retryDelayMinutes(leased.attempts) * 60_000),
        })
        .where(eq(outboxEmails.id, id));
    }
  }
  return { sent, failed };
}

/** Delivery after a commit: never lets an SMTP problem fail the user's action (the retry job picks it up). */
export async function deliverSoon(): Promise<void> {
  try {
    await deliverPendingEmails();
  } catch (error) {
    console.warn(`Keten: e-mail delivery postponed (${error instanceof Error ? error.message : String(error)}).`);
  }
}
