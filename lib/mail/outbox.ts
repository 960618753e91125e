import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { db, type Executor } from "@/db";
import { outboxEmails } from "@/db/schema";
import { env } from "@/lib/env";
import { enqueueJob } from "@/lib/jobs/queue";
import { nudgeJobWorker } from "@/lib/jobs/worker";
import { sendOverSmtp } from "./smtp";

/**
 * The e-mail outbox (transactional outbox pattern). A message is written in the same transaction as the
 * change it reports — a booking and its confirmation exist together or not at all — and delivered
 * afterwards by a `mail.deliver` job queued in that same transaction (decision 017). Nothing is kept in
 * memory: any instance can deliver any message, and a failed delivery is retried with backoff.
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
  await enqueueJob(executor, { kind: "mail.deliver", payload: { emailId: row.id }, dedupeKey: `mail:${row.id}`, maxAttempts: 10 });
  return row.id;
}

/**
 * Delivers one message over SMTP (the `mail.deliver` job). Without SMTP_URL it does nothing: the message
 * stays in the outbox (shown at /dev/mail in development) and is never lost. A failure is recorded on the
 * message and thrown, so the job is retried with backoff and, when it keeps failing, shown to the
 * administrator. A message already sent is not sent again.
 */
export async function deliverEmail(id: string, now = new Date()): Promise<"sent" | "kept" | "already_sent"> {
  if (!env.SMTP_URL) return "kept";
  const [message] = await db
    .update(outboxEmails)
    .set({ attempts: sql`${outboxEmails.attempts} + 1`, nextAttemptAt: now })
    .where(and(eq(outboxEmails.id, id), isNull(outboxEmails.sentAt)))
    .returning();
  if (!message) return "already_sent";
  try {
    await sendOverSmtp(env.SMTP_URL, env.MAIL_FROM, message);
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    await db.update(outboxEmails).set({ lastError: text.slice(0, 500) }).where(eq(outboxEmails.id, id));
    throw new Error(`e-mail aan ${message.toAddress} niet afgeleverd: ${text}`);
  }
  await db.update(outboxEmails).set({ sentAt: new Date(), lastError: null }).where(eq(outboxEmails.id, id));
  return "sent";
}

/** After a commit that queued mail: let this instance's job worker deliver it now instead of at its next poll. */
export function deliverSoon(): void {
  nudgeJobWorker();
}
