import "server-only";
import { enqueueJob } from "@/lib/jobs/queue";
import { and, eq, gt, lte } from "drizzle-orm";
import { db, type Transaction } from "@/db";
import { isExclusionViolation, isUniqueViolation } from "@/lib/data/db-errors";
import { bookingHolds, services, therapists, users } from "@/db/schema";
import { hashToken, newToken } from "@/lib/auth/tokens";
import { holdExpiry } from "@/lib/booking/holds";
import { holdEmail, type HoldMailDetails } from "@/lib/mail/hold-emails";
import { deliverSoon, enqueueEmail } from "@/lib/mail/outbox";
import { env } from "@/lib/env";
import type { IntakeAnswers } from "@/lib/validation/intake";
import { accountById, completeBooking, insertAppointment, patientOf } from "./booking-record";
import { getBookingSettings } from "./practice-settings";

/**
 * Held bookings (decision 016): an anonymous booking with the address of an existing account waits for the
 * owner's confirmation. Until then it is nobody's appointment and no intake in anyone's record; the time
 * is held for HOLD_MINUTES. The owner confirms through the e-mailed link (the page asks for one click, so a
 * mail scanner opening the link confirms nothing); an unconfirmed hold expires and frees the time.
 */
export const holdLinks = { confirm: (token: string) => `${env.APP_URL}/afspraak/bevestigen/${token}` };

/** Writes the hold and queues the owner's e-mail; the time was claimed by the caller (claimSlot). */
export async function writeHold(
  savepoint: Transaction,
  hold: { therapistId: string; serviceId: string; userId: string; startsAt: Date; endsAt: Date; keyHash: string; intake: IntakeAnswers; noPreference: boolean; now: Date },
): Promise<string> {
  const confirm = newToken();
  const expiresAt = holdExpiry(hold.now);
  const [row] = await savepoint
    .insert(bookingHolds)
    .values({
      therapistId: hold.therapistId,
      serviceId: hold.serviceId,
      userId: hold.userId,
      startsAt: hold.startsAt,
      endsAt: hold.endsAt,
      expiresAt,
      confirmTokenHash: confirm.hash,
      idempotencyKey: hold.keyHash,
      answers: { ...hold.intake },
      noPreference: hold.noPreference,
    })
    .returning({ id: bookingHolds.id });
  const [facts] = await savepoint
    .select({ to: users.email, serviceName: services.name, serviceMinutes: services.minutes, therapistName: therapists.displayName })
    .from(users)
    .innerJoin(services, eq(services.id, hold.serviceId))
    .innerJoin(therapists, eq(therapists.id, hold.therapistId))
    .where(eq(users.id, hold.userId));
  // When it expires unconfirmed, the hold.expire job frees the time and offers it to the waitlist.
  await enqueueJob(savepoint, { kind: "hold.expire", runAt: expiresAt });
  await enqueueEmail(savepoint, holdEmail({ ...facts!, startsAt: hold.startsAt, endsAt: hold.endsAt, expiresAt, confirmUrl: holdLinks.confirm(confirm.token) }));
  return row!.id;
}

export type HeldBooking = Omit<HoldMailDetails, "to" | "confirmUrl"> & {
  expired: boolean;
  /** The name as typed in the form (the owner sees what they are confirming). */
  nameGiven: string;
};

const heldColumns = {
  serviceName: services.name,
  serviceMinutes: services.minutes,
  therapistName: therapists.displayName,
  startsAt: bookingHolds.startsAt,
  endsAt: bookingHolds.endsAt,
  expiresAt: bookingHolds.expiresAt,
  answers: bookingHolds.answers,
};

function toHeld(row: { answers: Record<string, unknown>; expiresAt: Date } & Omit<HeldBooking, "expired" | "nameGiven">, now: Date): HeldBooking {
  const { answers, ...rest } = row;
  return { ...rest, expired: row.expiresAt.getTime() <= now.getTime(), nameGiven: typeof answers.fullName === "string" ? answers.fullName : "" };
}

const validToken = (token: string) => /^[A-Za-z0-9_-]{43}$/.test(token);

/** The hold behind a confirmation link, expired or not; null for an unknown, used or malformed link. */
export async function getHeldBooking(token: string, now = new Date()): Promise<HeldBooking | null> {
  if (!validToken(token)) return null;
  const [row] = await db
    .select(heldColumns)
    .from(bookingHolds)
    .innerJoin(services, eq(services.id, bookingHolds.serviceId))
    .innerJoin(therapists, eq(therapists.id, bookingHolds.therapistId))
    .where(eq(bookingHolds.confirmTokenHash, hashToken(token)))
    .limit(1);
  return row ? toHeld(row, now) : null;
}

/**
 * The hold made by the form with this idempotency key, while it is still held: the page after booking,
 * authorised like the confirmation page by the key only the submitting browser holds (httpOnly cookie).
 */
export async function getHeldBookingByKey(idempotencyKey: string, now = new Date()): Promise<(HeldBooking & { email: string }) | null> {
  if (!/^[A-Za-z0-9_-]{16,100}$/.test(idempotencyKey)) return null;
  const keyHash = hashToken(idempotencyKey);
  const [row] = await db
    .select(heldColumns)
    .from(bookingHolds)
    .innerJoin(services, eq(services.id, bookingHolds.serviceId))
    .innerJoin(therapists, eq(therapists.id, bookingHolds.therapistId))
    .where(and(eq(bookingHolds.idempotencyKey, keyHash), gt(bookingHolds.expiresAt, now)))
    .limit(1);
  if (!row) return null;
  return { ...toHeld(row, now), email: typeof row.answers.email === "string" ? row.answers.email : "" };
}

export type HoldConfirmation = { status: "confirmed"; manageToken: string } | { status: "expired" } | { status: "not_found" };

/**
 * The owner confirms: the hold becomes an appointment with its intake in one transaction, and the hold is
 * deleted. The time is still theirs (the hold blocked it for every path), so it is inserted directly; the
 * exclusion constraint stays the final guard.
 */
export async function confirmHeldBooking(token: string, now = new Date()): Promise<HoldConfirmation> {
  if (!validToken(token)) return { status: "not_found" };
  const settings = await getBookingSettings();
  try {
    const outcome = await db.transaction(async (tx): Promise<HoldConfirmation> => {
      const [hold] = await tx.select().from(bookingHolds).where(eq(bookingHolds.confirmTokenHash, hashToken(token))).for("update").limit(1);
      if (!hold) return { status: "not_found" };
      if (hold.expiresAt.getTime() <= now.getTime()) return { status: "expired" };
      const account = await accountById(tx, hold.userId);
      if (!account || account.role !== "patient") return { status: "not_found" };
      await tx.delete(bookingHolds).where(eq(bookingHolds.id, hold.id));
      const intake = hold.answers as IntakeAnswers;
      const patient = await patientOf(tx, account, intake);
      const appointmentId = await tx.transaction((savepoint) =>
        insertAppointment(savepoint, { ...hold, patientId: patient.patientId, keyHash: hold.idempotencyKey, bookedByUserId: account.userId }),
      );
      const [service] = await tx.select({ slug: services.slug }).from(services).where(eq(services.id, hold.serviceId));
      const { manageToken } = await completeBooking(tx, {
        appointmentId,
        patient,
        intake,
        settings,
        now,
        // Like the manage link: whoever holds the link acts, not a verified login.
        actor: { userId: null, role: "anonymous" },
        details: { service: service?.slug, noPreference: hold.noPreference, confirmedByOwner: true },
      });
      return { status: "confirmed", manageToken };
    });
    if (outcome.status === "confirmed") void deliverSoon();
    return outcome;
  } catch (error) {
    // Confirmed twice at the same moment: the other click made the appointment.
    if (isUniqueViolation(error, "appointments_idempotency_key_unique") || isExclusionViolation(error)) return { status: "not_found" };
    throw error;
  }
}

/**
 * Deletes every hold that expired at `now` and returns the times it freed (for the expiry job of decision
 * 017, which may offer them to a waiting list). Health data in an unconfirmed hold is not kept.
 */
export async function expireHolds(now = new Date()): Promise<{ therapistId: string; serviceId: string; startsAt: Date; endsAt: Date }[]> {
  return db
    .delete(bookingHolds)
    .where(lte(bookingHolds.expiresAt, now))
    .returning({ therapistId: bookingHolds.therapistId, serviceId: bookingHolds.serviceId, startsAt: bookingHolds.startsAt, endsAt: bookingHolds.endsAt });
}
