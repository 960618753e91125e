import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { isExclusionViolation, isUniqueViolation } from "@/lib/data/db-errors";
import { appointments, bookingHolds } from "@/db/schema";
import { currentActor, secondFactorStep, type SessionLike } from "@/lib/auth/actor";
import { hashToken } from "@/lib/auth/tokens";
import { holdExpiry } from "@/lib/booking/holds";
import { deliverSoon } from "@/lib/mail/outbox";
import type { IntakeAnswers } from "@/lib/validation/intake";
import { listBookableServices, listBookableTherapists } from "./availability";
import { writeHold } from "./booking-holds";
import { accountByEmail, completeBooking, createPatient, insertAppointment, patientOf } from "./booking-record";
import { claimSlot } from "./booking-slot";
import { getBookingSettings } from "./practice-settings";

/**
 * The public booking: one transaction that re-checks the slot against the rules and stores what the
 * visitor may store. The visitor is authorised by nothing but what they hold:
 *
 * - A new e-mail address: the account, patient, appointment and intake are created, and the confirmation
 *   (with an invitation to the portal) is queued.
 * - The address of an existing patient account, booked by its owner while logged in: booked directly.
 * - The address of an existing patient account otherwise: nothing is written into that patient's record.
 *   The time is held (decision 016) and the owner gets a link to confirm; only then do the appointment and
 *   intake become theirs.
 * - A staff address: refused.
 *
 * The exclusion constraints are the final guard; a per-therapist lock makes the buffer re-check exact. The
 * idempotency key (random, from the form) is stored hashed; the same key books (or holds) once.
 */
export type BookingRequest = {
  serviceSlug: string;
  /** null: no preference, the first therapist free at that time (in the practice's order). */
  therapistSlug: string | null;
  startsAt: Date;
  intake: IntakeAnswers;
  idempotencyKey: string;
};

export type BookingOutcome =
  | { status: "booked"; duplicate: boolean }
  | { status: "pending"; duplicate: boolean; expiresAt: Date }
  | { status: "taken" }
  | { status: "unavailable" }
  | { status: "email_in_use" };

class SlotTaken extends Error {}
class EmailInUse extends Error {}

const anonymous = { userId: null, role: "anonymous" } as const;

async function earlierOutcome(keyHash: string): Promise<BookingOutcome | null> {
  const [booked] = await db.select({ id: appointments.id }).from(appointments).where(eq(appointments.idempotencyKey, keyHash)).limit(1);
  if (booked) return { status: "booked", duplicate: true };
  const [held] = await db.select({ expiresAt: bookingHolds.expiresAt }).from(bookingHolds).where(eq(bookingHolds.idempotencyKey, keyHash)).limit(1);
  return held ? { status: "pending", duplicate: true, expiresAt: held.expiresAt } : null;
}

export async function bookAppointment(request: BookingRequest, now = new Date(), session?: SessionLike): Promise<BookingOutcome> {
  const keyHash = hashToken(request.idempotencyKey);
  const earlier = await earlierOutcome(keyHash);
  if (earlier) return earlier;

  const [settings, services, therapists, actor] = await Promise.all([getBookingSettings(), listBookableServices(), listBookableTherapists(), currentActor(session)]);
  const service = services.find((s) => s.slug === request.serviceSlug);
  const candidates = request.therapistSlug === null ? therapists : therapists.filter((t) => t.slug === request.therapistSlug);
  if (!service || candidates.length === 0) return { status: "unavailable" };
  const endsAt = new Date(request.startsAt.getTime() + service.minutes * 60_000);
  const noPreference = request.therapistSlug === null;
  // The owner of the account, logged in (and past any second factor they need), books for themselves.
  const signedInOwner = actor && actor.role === "patient" && !secondFactorStep(actor) && actor.email.toLowerCase() === request.intake.email.toLowerCase() ? actor : null;
  const slot = { candidates, startsAt: request.startsAt, minutes: service.minutes, settings, now, ownUserId: signedInOwner?.userId ?? null };

  // Two tries: a booking that raced another one creating the same new patient finds that patient the second time.
  for (let attempt = 0; ; attempt++) {
    try {
      const outcome = await db.transaction(async (tx): Promise<BookingOutcome> => {
        const account = await accountByEmail(tx, request.intake.email);
        if (account && account.role !== "patient") throw new EmailInUse();

        if (account && !signedInOwner) {
          const claimed = await claimSlot(tx, slot, (savepoint, therapistId) =>
            writeHold(savepoint, { therapistId, serviceId: service.id, userId: account.userId, startsAt: request.startsAt, endsAt, keyHash, intake: request.intake, noPreference, now }),
          );
          if (!claimed) throw new SlotTaken();
          return { status: "pending", duplicate: false, expiresAt: holdExpiry(now) };
        }

        const patient = account ? await patientOf(tx, account, request.intake) : await createPatient(tx, request.intake);
        const claimed = await claimSlot(tx, slot, (savepoint, therapistId) =>
          insertAppointment(savepoint, { therapistId, patientId: patient.patientId, serviceId: service.id, startsAt: request.startsAt, endsAt, keyHash, bookedByUserId: signedInOwner?.userId }),
        );
        if (!claimed) throw new SlotTaken();
        await completeBooking(tx, {
          appointmentId: claimed.id,
          patient,
          intake: request.intake,
          settings,
          now,
          actor: signedInOwner ?? anonymous,
          details: { service: service.slug, noPreference },
        });
        return { status: "booked", duplicate: false };
      });
      // After the commit: deliver now if SMTP is configured; a failure waits for the retry job.
      void deliverSoon();
      return outcome;
    } catch (error) {
      if (error instanceof SlotTaken || isExclusionViolation(error)) {
        // The same form submitted twice at once: the other request took the slot with this very key.
        return (await earlierOutcome(keyHash)) ?? { status: "taken" };
      }
      if (error instanceof EmailInUse) return { status: "email_in_use" };
      // The same form submitted twice at once: the other request booked or held it.
      if (isUniqueViolation(error, "appointments_idempotency_key_unique") || isUniqueViolation(error, "booking_holds_idempotency_key_unique")) {
        return (await earlierOutcome(keyHash)) ?? { status: "booked", duplicate: true };
      }
      if (isUniqueViolation(error, "users_email_lower_key") && attempt === 0) continue;
      throw error;
    }
  }
}
