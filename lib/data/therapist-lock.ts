import "server-only";
import { sql } from "drizzle-orm";
import type { Transaction } from "@/db";

/**
 * Serialises the booking paths per therapist for the rest of the transaction. The exclusion constraint
 * refuses overlapping appointments whatever happens, but the buffer between appointments is a booking
 * rule the database cannot see: without this lock two requests could each check "10:00–11:00 is free with
 * its buffer" and book 10:00 and 11:00 side by side. Transactions that lock several therapists ("no
 * preference") take them in one global order, so they cannot deadlock.
 */
export async function lockTherapist(tx: Transaction, therapistId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`keten.therapist:${therapistId}`}))`);
}
