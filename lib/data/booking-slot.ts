import "server-only";
import { and, eq, lte, or } from "drizzle-orm";
import type { Transaction } from "@/db";
import { isExclusionViolation } from "@/lib/data/db-errors";
import { bookingHolds } from "@/db/schema";
import type { BookingSettings } from "@/lib/booking/settings";
import { isOfferedStart } from "@/lib/booking/slots";
import { wallClockAt } from "@/lib/time/zone";
import type { BookableTherapist } from "./availability";
import { loadSchedules } from "./availability";
import { lockTherapist } from "./therapist-lock";

/**
 * Claims a time for the first candidate therapist who still offers it, inside the caller's transaction:
 * takes the therapist lock, deletes that therapist's expired holds (an expired hold never blocks a booking,
 * whether or not the expiry job has run yet) and the booker's own holds (an owner who books while logged in
 * replaces the hold made with their address), re-checks the time against the rules and everything busy,
 * then lets `write` insert the row. An exclusion violation (a path that raced without the lock) moves on
 * to the next candidate. Returns the therapist and the id `write` returned, or null: the time is taken.
 */
export async function claimSlot(
  tx: Transaction,
  request: {
    candidates: readonly BookableTherapist[];
    startsAt: Date;
    minutes: number;
    settings: BookingSettings;
    now: Date;
    /** The account of a logged-in booker whose own holds give way. */
    ownUserId?: string | null;
  },
  write: (savepoint: Transaction, therapistId: string) => Promise<string>,
): Promise<{ therapistId: string; id: string } | null> {
  const { startsAt, settings, now } = request;
  const date = wallClockAt(startsAt, settings.timeZone).date;
  for (const therapist of request.candidates) {
    await lockTherapist(tx, therapist.id);
    const expired = lte(bookingHolds.expiresAt, now);
    await tx
      .delete(bookingHolds)
      .where(and(eq(bookingHolds.therapistId, therapist.id), request.ownUserId ? or(expired, eq(bookingHolds.userId, request.ownUserId)) : expired));
    const [schedule] = await loadSchedules(tx, [therapist.id], date, date, { timeZone: settings.timeZone, now });
    if (!schedule || !isOfferedStart(schedule, startsAt, { now, durationMinutes: request.minutes }, settings)) continue;
    try {
      const id = await tx.transaction((savepoint) => write(savepoint, therapist.id));
      return { therapistId: therapist.id, id };
    } catch (error) {
      if (isExclusionViolation(error)) continue;
      throw error;
    }
  }
  return null;
}
