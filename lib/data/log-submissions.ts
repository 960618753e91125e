import "server-only";
import { eq } from "drizzle-orm";
import type { Transaction } from "@/db";
import { logSubmissions } from "@/db/schema";

/**
 * Exactly once for a checklist sent again (issue 16 point 10, docs/decisions/021): the phone queues a log made
 * offline under a random key and sends it until it gets an answer. The first arrival stores the log and the
 * key in one transaction; any later arrival of the same key stores nothing.
 */
export class DuplicateSubmission extends Error {
  constructor() {
    super("log submission already received");
  }
}

/** Whether this key was already stored (read inside the saving transaction, before anything is written). */
export async function submissionReceived(tx: Transaction, key: string): Promise<boolean> {
  const [row] = await tx.select({ key: logSubmissions.key }).from(logSubmissions).where(eq(logSubmissions.key, key)).limit(1);
  return !!row;
}

/**
 * Records the key as the last write of the saving transaction. When a parallel arrival of the same key
 * committed first, the primary key refuses it and this throws, so the whole transaction rolls back.
 */
export async function recordSubmission(tx: Transaction, key: string, patientId: string, logDate: string): Promise<void> {
  const inserted = await tx.insert(logSubmissions).values({ key, patientId, logDate }).onConflictDoNothing().returning({ key: logSubmissions.key });
  if (!inserted.length) throw new DuplicateSubmission();
}
