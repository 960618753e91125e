import "server-only";
import { and, eq, inArray, isNull, or } from "drizzle-orm";
import type { Executor, Transaction } from "@/db";
import { services, waitlistEntries, waitlistOffers } from "@/db/schema";
import { freeStartTimes, searchDates } from "@/lib/booking/slots";
import { enqueueJob } from "@/lib/jobs/queue";
import { suits } from "@/lib/waitlist/match";
import { loadSchedules } from "./availability";
import { getBookingSettings, getPracticeRules } from "./practice-settings";
import { offerFreedTime } from "./waitlist-offers";

/**
 * Times freed by new opening hours go to the waitlist too (issue 15, point 4; decision 017). Adding or
 * extending weekly hours, adding extra hours or removing an absence queues a `waitlist.offer_hours` job for
 * that therapist and those local dates, in the change's own transaction. The job walks the free starts in
 * that range, earliest first, and offers each one a waiter suits through offerFreedTime (the first N, a
 * claim link, the expiry job that passes it on). New hours free many starts at once, so a waiter gets one
 * offer from it, not one per start.
 */
export type OpenedHours = { therapistId: string; fromDate: string; toDate: string | null };

/** At most this many starts are offered per job (each starts its own round). */
const MAX_ROUNDS = 50;

export async function announceOpenedHours(tx: Executor, opened: OpenedHours): Promise<void> {
  await enqueueJob(tx, { kind: "waitlist.offer_hours", payload: opened });
}

export const parseOpenedHours = (payload: Record<string, unknown>): OpenedHours => ({
  therapistId: String(payload.therapistId),
  fromDate: String(payload.fromDate),
  toDate: typeof payload.toDate === "string" ? payload.toDate : null,
});

/** Offers the free starts of the range to the waiters they suit; returns how many offers went out. */
export async function offerOpenedHours(tx: Transaction, opened: OpenedHours, now: Date): Promise<number> {
  const [rules, settings] = await Promise.all([getPracticeRules(tx), getBookingSettings(tx)]);
  const waiting = await tx
    .select({ id: waitlistEntries.id, therapistId: waitlistEntries.therapistId, weekdays: waitlistEntries.weekdays, dayParts: waitlistEntries.dayParts, untilDate: waitlistEntries.untilDate, minutes: services.minutes })
    .from(waitlistEntries)
    .innerJoin(services, eq(services.id, waitlistEntries.serviceId))
    .where(and(eq(waitlistEntries.status, "waiting"), or(isNull(waitlistEntries.therapistId), eq(waitlistEntries.therapistId, opened.therapistId))));
  if (waiting.length === 0) return 0;
  const { fromDate, toDate } = searchDates({ now, fromDate: opened.fromDate, toDate: opened.toDate ?? undefined }, settings);
  if (fromDate > toDate) return 0;
  const [schedule] = await loadSchedules(tx, [opened.therapistId], fromDate, toDate, { timeZone: settings.timeZone, now });
  if (!schedule) return 0;
  const shortest = Math.min(...waiting.map((w) => w.minutes));
  const starts = freeStartTimes(schedule, { now, durationMinutes: shortest, fromDate, toDate }, settings);
  const unserved = new Set(waiting.map((w) => w.id));
  let offers = 0;
  let rounds = 0;
  for (const start of starts) {
    if (unserved.size === 0 || rounds >= MAX_ROUNDS) break;
    const startsAt = new Date(start);
    const candidates = waiting.filter((w) => unserved.has(w.id) && suits(w, { therapistId: opened.therapistId, startsAt }, rules.timeZone));
    if (candidates.length === 0) continue;
    rounds += 1;
    const sent = await offerFreedTime(tx, { therapistId: opened.therapistId, startsAt, endsAt: new Date(start + shortest * 60_000) }, now, { skipWaitersWithOpenOffer: true });
    offers += sent;
    if (sent === 0) continue;
    const offered = await tx
      .select({ entryId: waitlistOffers.entryId })
      .from(waitlistOffers)
      .where(and(eq(waitlistOffers.status, "open"), inArray(waitlistOffers.entryId, candidates.map((w) => w.id))));
    for (const row of offered) unserved.delete(row.entryId);
  }
  return offers;
}
