import "server-only";
import { and, asc, eq, lte, ne, sql } from "drizzle-orm";
import type { Executor, Transaction } from "@/db";
import { bookingHolds, services, therapists, waitlistEntries, waitlistOffers } from "@/db/schema";
import { hashToken, newToken } from "@/lib/auth/tokens";
import { isOfferedStart } from "@/lib/booking/slots";
import { enqueueJob } from "@/lib/jobs/queue";
import { enqueueEmail } from "@/lib/mail/outbox";
import { waitlistOfferEmail } from "@/lib/mail/waitlist-emails";
import { wallClockAt } from "@/lib/time/zone";
import { suits } from "@/lib/waitlist/match";
import { loadSchedules } from "./availability";
import { getBookingSettings, getPracticeRules } from "./practice-settings";
import { lockTherapist } from "./therapist-lock";
import { waitlistLinks } from "./waitlist";

/**
 * Freed times go to the waitlist (decision 017). A change that frees a time (cancel, reschedule, an expired
 * hold) queues a `waitlist.offer` job in its own transaction; new opening hours queue `waitlist.offer_hours`
 * (waitlist-opened-hours.ts), which offers the new times through this same path. The job offers the time to the first N waiters
 * it suits (practice setting), each by e-mail with a claim link valid for M minutes, and queues the
 * `waitlist.offer_expire` job, which passes an unclaimed time on to the next N. Claiming is in
 * waitlist-claim.ts.
 */
export type FreedTime = { therapistId: string; startsAt: Date; endsAt: Date };

export async function announceFreedTime(tx: Executor, freed: FreedTime): Promise<void> {
  await enqueueJob(tx, { kind: "waitlist.offer", payload: { therapistId: freed.therapistId, startsAt: freed.startsAt.toISOString(), endsAt: freed.endsAt.toISOString() } });
}

export const parseFreed = (payload: Record<string, unknown>): FreedTime => ({
  therapistId: String(payload.therapistId),
  startsAt: new Date(String(payload.startsAt)),
  endsAt: new Date(String(payload.endsAt)),
});

/**
 * Offers the time to the next waiters who have not had it yet; returns how many offers went out.
 * `skipWaitersWithOpenOffer` leaves out waiters holding an open offer for another time (new opening hours
 * free many times at once: each waiter gets one of them, not an e-mail per start; waitlist-opened-hours.ts).
 */
export async function offerFreedTime(tx: Transaction, freed: FreedTime, now: Date, options: { skipWaitersWithOpenOffer?: boolean } = {}): Promise<number> {
  const [rules, settings] = await Promise.all([getPracticeRules(tx), getBookingSettings(tx)]);
  await lockTherapist(tx, freed.therapistId);
  const open = await tx
    .select({ id: waitlistOffers.id })
    .from(waitlistOffers)
    .where(and(eq(waitlistOffers.therapistId, freed.therapistId), eq(waitlistOffers.startsAt, freed.startsAt), eq(waitlistOffers.status, "open")))
    .limit(1);
  if (open.length > 0) return 0; // a round is still running; its expiry passes it on
  const date = wallClockAt(freed.startsAt, rules.timeZone).date;
  const [schedule] = await loadSchedules(tx, [freed.therapistId], date, date, { timeZone: rules.timeZone, now });
  if (!schedule) return 0;
  const [therapist] = await tx.select({ name: therapists.displayName }).from(therapists).where(eq(therapists.id, freed.therapistId));
  const waiting = await tx
    .select({
      id: waitlistEntries.id,
      email: waitlistEntries.email,
      fullName: waitlistEntries.fullName,
      therapistId: waitlistEntries.therapistId,
      weekdays: waitlistEntries.weekdays,
      dayParts: waitlistEntries.dayParts,
      untilDate: waitlistEntries.untilDate,
      serviceName: services.name,
      minutes: services.minutes,
      leaveTokenHash: waitlistEntries.leaveTokenHash,
    })
    .from(waitlistEntries)
    .innerJoin(services, eq(services.id, waitlistEntries.serviceId))
    .where(
      and(
        eq(waitlistEntries.status, "waiting"),
        sql`not exists (select 1 from ${waitlistOffers} o where o.entry_id = ${waitlistEntries.id} and o.therapist_id = ${freed.therapistId} and o.starts_at = ${freed.startsAt.toISOString()}::timestamptz)`,
        options.skipWaitersWithOpenOffer ? sql`not exists (select 1 from ${waitlistOffers} o where o.entry_id = ${waitlistEntries.id} and o.status = 'open')` : undefined,
      ),
    )
    .orderBy(asc(waitlistEntries.createdAt))
    .limit(200);
  const chosen = waiting
    .filter((w) => suits(w, { therapistId: freed.therapistId, startsAt: freed.startsAt }, rules.timeZone))
    .filter((w) => isOfferedStart(schedule, freed.startsAt, { now, durationMinutes: w.minutes }, settings))
    .slice(0, rules.waitlistOfferCount);
  if (chosen.length === 0) return 0;
  const expiresAt = new Date(now.getTime() + rules.waitlistOfferMinutes * 60_000);
  for (const waiter of chosen) {
    const claim = newToken();
    const endsAt = new Date(freed.startsAt.getTime() + waiter.minutes * 60_000);
    await tx.insert(waitlistOffers).values({ entryId: waiter.id, therapistId: freed.therapistId, startsAt: freed.startsAt, endsAt, tokenHash: claim.hash, expiresAt });
    // The leave link is only stored hashed: a fresh one replaces it (older e-mails' leave links stop working).
    const leave = newToken();
    await tx.update(waitlistEntries).set({ leaveTokenHash: leave.hash }).where(eq(waitlistEntries.id, waiter.id));
    await enqueueEmail(
      tx,
      waitlistOfferEmail({
        to: waiter.email,
        name: waiter.fullName,
        serviceName: waiter.serviceName,
        therapistName: therapist!.name,
        startsAt: freed.startsAt,
        endsAt,
        expiresAt,
        claimUrl: waitlistLinks.claim(claim.token),
        leaveUrl: waitlistLinks.leave(leave.token),
      }),
    );
  }
  await enqueueJob(tx, {
    kind: "waitlist.offer_expire",
    runAt: expiresAt,
    payload: { therapistId: freed.therapistId, startsAt: freed.startsAt.toISOString(), endsAt: freed.endsAt.toISOString() },
  });
  return chosen.length;
}

/** An unclaimed round ends: its open offers expire and the time goes to the next waiters. */
export async function expireOffersAndMoveOn(tx: Transaction, freed: FreedTime, now: Date): Promise<number> {
  await tx
    .update(waitlistOffers)
    .set({ status: "expired" })
    .where(and(eq(waitlistOffers.therapistId, freed.therapistId), eq(waitlistOffers.startsAt, freed.startsAt), eq(waitlistOffers.status, "open"), lte(waitlistOffers.expiresAt, now)));
  const [claimed] = await tx
    .select({ id: waitlistOffers.id })
    .from(waitlistOffers)
    .where(and(eq(waitlistOffers.therapistId, freed.therapistId), eq(waitlistOffers.startsAt, freed.startsAt), eq(waitlistOffers.status, "claimed")))
    .limit(1);
  if (claimed) return 0;
  return offerFreedTime(tx, freed, now);
}

/** Expired holds free their times (decision 016): delete them and offer each time to the waitlist. */
export async function expireHoldsAndOffer(tx: Transaction, now: Date): Promise<number> {
  const freed = await tx
    .delete(bookingHolds)
    .where(lte(bookingHolds.expiresAt, now))
    .returning({ therapistId: bookingHolds.therapistId, startsAt: bookingHolds.startsAt, endsAt: bookingHolds.endsAt });
  for (const time of freed) await announceFreedTime(tx, time);
  return freed.length;
}

/** The other open offers of a claimed time lose ("net vergeven"); their waiters stay on the list. */
export async function closeRound(tx: Transaction, offer: { id: string; therapistId: string; startsAt: Date }): Promise<void> {
  await tx
    .update(waitlistOffers)
    .set({ status: "lost" })
    .where(and(eq(waitlistOffers.therapistId, offer.therapistId), eq(waitlistOffers.startsAt, offer.startsAt), eq(waitlistOffers.status, "open"), ne(waitlistOffers.id, offer.id)));
}

export const offerByToken = (executor: Executor, token: string) =>
  executor
    .select({
      id: waitlistOffers.id,
      status: waitlistOffers.status,
      expiresAt: waitlistOffers.expiresAt,
      therapistId: waitlistOffers.therapistId,
      startsAt: waitlistOffers.startsAt,
      endsAt: waitlistOffers.endsAt,
      entryId: waitlistOffers.entryId,
      therapistName: therapists.displayName,
      serviceId: waitlistEntries.serviceId,
      serviceName: services.name,
      serviceMinutes: services.minutes,
    })
    .from(waitlistOffers)
    .innerJoin(waitlistEntries, eq(waitlistEntries.id, waitlistOffers.entryId))
    .innerJoin(services, eq(services.id, waitlistEntries.serviceId))
    .innerJoin(therapists, eq(therapists.id, waitlistOffers.therapistId))
    .where(eq(waitlistOffers.tokenHash, hashToken(token)))
    .limit(1);

