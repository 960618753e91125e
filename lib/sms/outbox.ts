import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { db, type Executor } from "@/db";
import { outboxSms } from "@/db/schema";
import { env } from "@/lib/env";
import { enqueueJob } from "@/lib/jobs/queue";
import { configuredSmsSender, type SmsSender } from "./sender";

/** The text-message outbox: queued in the caller's transaction, delivered by an `sms.deliver` job. */
export async function enqueueSms(executor: Executor, sms: { kind: string; to: string; body: string }): Promise<string> {
  const [row] = await executor.insert(outboxSms).values({ kind: sms.kind, toPhone: sms.to, body: sms.body }).returning({ id: outboxSms.id });
  await enqueueJob(executor, { kind: "sms.deliver", payload: { smsId: row!.id }, dedupeKey: `sms:${row!.id}`, maxAttempts: 6 });
  return row!.id;
}

/** Sends one message through the configured provider; without one it stays in the outbox ("kept"). */
export async function deliverSms(id: string, sender: SmsSender | null = configuredSmsSender(env)): Promise<"sent" | "kept" | "already_sent"> {
  if (!sender) return "kept";
  const [message] = await db
    .update(outboxSms)
    .set({ attempts: sql`${outboxSms.attempts} + 1` })
    .where(and(eq(outboxSms.id, id), isNull(outboxSms.sentAt)))
    .returning();
  if (!message) return "already_sent";
  try {
    await sender.send({ to: message.toPhone, body: message.body });
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    await db.update(outboxSms).set({ lastError: text.slice(0, 500) }).where(eq(outboxSms.id, id));
    throw new Error(`sms niet afgeleverd: ${text}`);
  }
  await db.update(outboxSms).set({ sentAt: new Date(), lastError: null }).where(eq(outboxSms.id, id));
  return "sent";
}
