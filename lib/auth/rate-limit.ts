import "server-only";
import { and, count, eq, gt, lt, sql } from "drizzle-orm";
import { db } from "@/db";
import { rateLimitHits } from "@/db/schema";

/**
 * Rate limits kept in PostgreSQL (table rate_limit_hits), so every app instance counts the same requests.
 * A limit is "at most `max` hits for this key within the last `windowMinutes`"; keys are e-mail addresses,
 * account ids or client IPs (from the trusted proxy header only, see lib/request.ts; an unknown IP is not
 * limited by IP). Checks take a transaction-scoped advisory lock per key, so concurrent requests cannot
 * slip past the limit together.
 */
export type Limit = { key: string | null | undefined; max: number; windowMinutes: number };
export type RateVerdict = { allowed: true } | { allowed: false; retryAfterMinutes: number; key: string };

/** Hits older than this are deleted as new ones for the same key arrive. */
const KEEP_HOURS = 24;

type Tx = Parameters<Parameters<typeof db.transaction>[0]>[0];

async function verdict(tx: Tx, scope: string, limits: readonly Limit[], now: Date): Promise<RateVerdict> {
  const keyed = limits.filter((l): l is Limit & { key: string } => !!l.key).sort((a, b) => a.key.localeCompare(b.key));
  for (const limit of keyed) {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`rate:${scope}:${limit.key}`}))`);
  }
  for (const limit of keyed) {
    const since = new Date(now.getTime() - limit.windowMinutes * 60_000);
    const [row] = await tx
      .select({ n: count() })
      .from(rateLimitHits)
      .where(and(eq(rateLimitHits.scope, scope), eq(rateLimitHits.key, limit.key), gt(rateLimitHits.hitAt, since)));
    if ((row?.n ?? 0) >= limit.max) return { allowed: false, retryAfterMinutes: limit.windowMinutes, key: limit.key };
  }
  return { allowed: true };
}

async function record(tx: Tx, scope: string, limits: readonly Limit[], now: Date): Promise<void> {
  const keys = [...new Set(limits.map((l) => l.key).filter((k): k is string => !!k))];
  if (keys.length === 0) return;
  await tx.insert(rateLimitHits).values(keys.map((key) => ({ scope, key, hitAt: now })));
  const old = new Date(now.getTime() - KEEP_HOURS * 3_600_000);
  for (const key of keys) {
    await tx.delete(rateLimitHits).where(and(eq(rateLimitHits.scope, scope), eq(rateLimitHits.key, key), lt(rateLimitHits.hitAt, old)));
  }
}

/** Counts this request against every limit and says whether it may go ahead (refused requests are not counted). */
export async function hitRateLimit(scope: string, limits: readonly Limit[], now = new Date()): Promise<RateVerdict> {
  return db.transaction(async (tx) => {
    const result = await verdict(tx, scope, limits, now);
    if (result.allowed) await record(tx, scope, limits, now);
    return result;
  });
}

/** Whether a request may go ahead, without counting it (for limits on failures only: see recordRateLimitHit). */
export async function checkRateLimit(scope: string, limits: readonly Limit[], now = new Date()): Promise<RateVerdict> {
  return db.transaction((tx) => verdict(tx, scope, limits, now));
}

/** Counts a hit (e.g. a failed code) without checking. */
export async function recordRateLimitHit(scope: string, limits: readonly Limit[], now = new Date()): Promise<void> {
  await db.transaction((tx) => record(tx, scope, limits, now));
}
