import "server-only";
import { eq } from "drizzle-orm";
import { db, type Transaction } from "@/db";
import { appointments, patients, waitlistEntries, waitlistOffers } from "@/db/schema";
import { TOKEN_LIFETIME } from "@/lib/auth/policy";
import { hashToken, issueUserToken, newToken } from "@/lib/auth/tokens";
import { confirmationEmail, type PortalInvitation } from "@/lib/mail/appointment-emails";
import { deliverSoon, enqueueEmail } from "@/lib/mail/outbox";
import type { IntakeAnswers } from "@/lib/validation/intake";
import { appLinks, appointmentMailDetails } from "./appointment-mail";
import { audit } from "./audit";
import { listBookableTherapists } from "./availability";
import { accountByEmail, accountById, createPatient, insertAppointment, patientOf, type PatientRef } from "./booking-record";
import { claimSlot } from "./booking-slot";
import { getBookingSettings } from "./practice-settings";
import { planAppointmentReminders } from "./reminders";
import { closeRound, offerByToken } from "./waitlist-offers";

/**
 * Claiming a waitlist offer through its link. Opening the link changes nothing (mail scanners open links);
 * the page asks for one click. The first claim books the time — the per-therapist lock, the slot re-check
 * and the exclusion constraint decide — and the other offers of that time become "net vergeven"; those
 * waiters stay on the list. Whoever holds the link has the mailbox it was sent to, so the appointment is
 * that address's patient (created from the entry's details when new).
 */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export type OfferView = {
  state: "open" | "claimed" | "lost" | "expired";
  serviceName: string;
  therapistName: string;
  startsAt: Date;
  endsAt: Date;
  expiresAt: Date;
};

export async function getOffer(token: string, now = new Date()): Promise<OfferView | null> {
  if (!TOKEN.test(token)) return null;
  const [offer] = await offerByToken(db, token);
  if (!offer) return null;
  const state = offer.status === "open" && offer.expiresAt <= now ? "expired" : offer.status;
  return { state, serviceName: offer.serviceName, therapistName: offer.therapistName, startsAt: offer.startsAt, endsAt: offer.endsAt, expiresAt: offer.expiresAt };
}

export type ClaimOutcome = { status: "booked"; manageToken: string } | { status: "already_booked" } | { status: "lost" } | { status: "expired" } | { status: "not_found" } | { status: "call_us" };

class Lost extends Error {}
class CallUs extends Error {}

async function patientFor(tx: Transaction, entry: { patientId: string | null; email: string; fullName: string; dateOfBirth: string | null; phone: string | null }): Promise<PatientRef> {
  const details = { fullName: entry.fullName, dateOfBirth: entry.dateOfBirth ?? "", phone: entry.phone } as unknown as IntakeAnswers;
  if (entry.patientId) {
    const [row] = await tx.select({ userId: patients.userId }).from(patients).where(eq(patients.id, entry.patientId));
    const account = row ? await accountById(tx, row.userId) : null;
    if (!account) throw new CallUs();
    return patientOf(tx, account, details);
  }
  const account = await accountByEmail(tx, entry.email);
  if (account && account.role !== "patient") throw new CallUs();
  if (account) return patientOf(tx, account, details);
  if (!entry.dateOfBirth) throw new CallUs();
  return createPatient(tx, { ...details, email: entry.email } as IntakeAnswers);
}

export async function claimOffer(token: string, now = new Date()): Promise<ClaimOutcome> {
  if (!TOKEN.test(token)) return { status: "not_found" };
  const [settings, therapistList] = await Promise.all([getBookingSettings(), listBookableTherapists()]);
  try {
    const outcome = await db.transaction(async (tx): Promise<ClaimOutcome> => {
      const [found] = await offerByToken(tx, token);
      if (!found) return { status: "not_found" };
      // One claim of this offer at a time; a second click waits here and then reads what the first did.
      const [offer] = await tx.select().from(waitlistOffers).where(eq(waitlistOffers.id, found.id)).for("update");
      if (offer!.status === "claimed") return { status: "already_booked" };
      if (offer!.status === "lost") return { status: "lost" };
      if (offer!.status === "expired" || offer!.expiresAt <= now) return { status: "expired" };
      const [entry] = await tx.select().from(waitlistEntries).where(eq(waitlistEntries.id, offer!.entryId)).for("update");
      if (!entry || entry.status !== "waiting") return { status: "not_found" };
      const therapist = therapistList.find((t) => t.id === offer!.therapistId);
      if (!therapist) throw new Lost();
      const patient = await patientFor(tx, entry);
      const claimed = await claimSlot(tx, { candidates: [therapist], startsAt: offer!.startsAt, minutes: found.serviceMinutes, settings, now }, (savepoint, therapistId) =>
        insertAppointment(savepoint, { therapistId, patientId: patient.patientId, serviceId: found.serviceId, startsAt: offer!.startsAt, endsAt: offer!.endsAt, keyHash: `waitlist:${offer!.id}` }),
      );
      if (!claimed) throw new Lost();
      const manage = newToken();
      await tx.update(appointments).set({ manageTokenHash: manage.hash }).where(eq(appointments.id, claimed.id));
      await tx.update(waitlistOffers).set({ status: "claimed", claimedAt: now }).where(eq(waitlistOffers.id, offer!.id));
      await tx.update(waitlistEntries).set({ status: "booked", bookedAppointmentId: claimed.id, patientId: patient.patientId }).where(eq(waitlistEntries.id, entry.id));
      await closeRound(tx, offer!);
      await planAppointmentReminders(tx, claimed.id, offer!.startsAt, now);
      let portal: PortalInvitation = { kind: "none" };
      if (patient.portal === "activate") {
        portal = { kind: "activate", url: appLinks.activate(await issueUserToken(tx, patient.userId, "activation", now)), validDays: TOKEN_LIFETIME.activationDays };
      } else if (patient.portal === "login") portal = { kind: "login", url: appLinks.portal() };
      const mail = await appointmentMailDetails(tx, claimed.id, settings.cancelCutoffHours);
      await enqueueEmail(tx, confirmationEmail(mail, appLinks.manage(manage.token), portal, now));
      await audit(tx, { userId: null, role: "anonymous" }, {
        action: "appointment.booked",
        patientId: patient.patientId,
        recordType: "appointment",
        recordId: claimed.id,
        details: { via: "waitlist_offer", offer: offer!.id },
      });
      return { status: "booked", manageToken: manage.token };
    });
    if (outcome.status === "booked") deliverSoon();
    return outcome;
  } catch (error) {
    if (error instanceof Lost) {
      // Someone else has the time (a booking, another waiter): this offer is lost, the waiter stays on the list.
      await db.update(waitlistOffers).set({ status: "lost" }).where(eq(waitlistOffers.tokenHash, hashToken(token)));
      return { status: "lost" };
    }
    if (error instanceof CallUs) return { status: "call_us" };
    throw error;
  }
}
