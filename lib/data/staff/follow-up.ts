import "server-only";
import { desc, eq } from "drizzle-orm";
import { db } from "@/db";
import { isExclusionViolation, isUniqueViolation } from "@/lib/data/db-errors";
import { appointments, patients, services, therapists, users } from "@/db/schema";
import { requireStaff, type SessionLike } from "@/lib/auth/actor";
import { TOKEN_LIFETIME } from "@/lib/auth/policy";
import { hashToken, issueUserToken, newToken } from "@/lib/auth/tokens";
import { isOfferedStart } from "@/lib/booking/slots";
import { confirmationEmail, type PortalInvitation } from "@/lib/mail/appointment-emails";
import { deliverSoon, enqueueEmail } from "@/lib/mail/outbox";
import { wallClockAt } from "@/lib/time/zone";
import { audit } from "../audit";
import { appLinks, appointmentMailDetails } from "../appointment-mail";
import { findFreeSlots, listBookableServices, listBookableTherapists, loadSchedules, type BookableService, type BookableTherapist, type FreeSlotSearch } from "../availability";
import { isUuid } from "../patient-scope";
import { getBookingSettings } from "../practice-settings";
import { planAppointmentReminders } from "../reminders";
import { lockTherapist } from "../therapist-lock";

/**
 * A follow-up booked by staff for a known patient: the same slot engine and the same guards as the public
 * booking (per-therapist lock, the rules re-checked inside the transaction, the exclusion constraint as the
 * last word), the same confirmation e-mail with invite and manage link, status confirmed.
 *
 * Choices: the practice's minimum notice applies to staff too (one rule for everyone; a same-day extra is
 * arranged by phone and entered by an admin later, not by bending the slot engine). The form's idempotency
 * key is stored hashed; the same key books once.
 */
export type FollowUpContext = {
  patient: { id: string; name: string };
  services: BookableService[];
  therapists: BookableTherapist[];
  /** Defaults for the form: the follow-up service, and the staff member themselves or the patient's last therapist. */
  defaultServiceSlug: string | null;
  defaultTherapistSlug: string | null;
};

/** The patient and the choices for the planning page; null when the patient does not exist. Audited as a read. */
export async function getFollowUpContext(session: SessionLike, patientId: string): Promise<FollowUpContext | null> {
  const actor = await requireStaff(session);
  if (!isUuid(patientId)) return null;
  return db.transaction(async (tx) => {
    const [patient] = await tx.select({ id: patients.id, name: patients.fullName }).from(patients).where(eq(patients.id, patientId)).limit(1);
    if (!patient) return null;
    const [serviceList, therapistList, [last]] = await Promise.all([
      listBookableServices(tx),
      listBookableTherapists(tx),
      tx
        .select({ therapistId: appointments.therapistId })
        .from(appointments)
        .where(eq(appointments.patientId, patient.id))
        .orderBy(desc(appointments.startsAt))
        .limit(1),
    ]);
    await audit(tx, actor, { action: "patient.viewed", patientId: patient.id, recordType: "patient", recordId: patient.id, details: { view: "follow_up_planning" } });
    const followUpSlugs = new Set((await tx.select({ slug: services.slug }).from(services).where(eq(services.kind, "follow_up"))).map((s) => s.slug));
    const followUp = serviceList.find((s) => followUpSlugs.has(s.slug)) ?? serviceList[0];
    const therapist =
      therapistList.find((t) => t.id === actor.therapistId) ?? therapistList.find((t) => t.id === last?.therapistId) ?? therapistList[0];
    return {
      patient,
      services: serviceList,
      therapists: therapistList,
      defaultServiceSlug: followUp?.slug ?? null,
      defaultTherapistSlug: therapist?.slug ?? null,
    };
  });
}

/** Free times for the planning page: the public engine, for staff. */
export async function findFollowUpSlots(
  session: SessionLike,
  request: { serviceSlug: string; therapistSlug: string; fromDate?: string },
  now = new Date(),
): Promise<FreeSlotSearch | null> {
  await requireStaff(session);
  return findFreeSlots({ serviceSlug: request.serviceSlug, therapistSlug: request.therapistSlug, now, fromDate: request.fromDate });
}

export type FollowUpRequest = {
  patientId: string;
  serviceSlug: string;
  therapistSlug: string;
  startsAt: Date;
  idempotencyKey: string;
};

export type FollowUpOutcome =
  | { status: "booked"; duplicate: boolean; appointmentId: string; startsAt: Date; therapistSlug: string }
  | { status: "taken" }
  | { status: "unavailable" }
  | { status: "not_found" };

class SlotTaken extends Error {}

async function bookedWithKey(keyHash: string) {
  const [row] = await db
    .select({ id: appointments.id, startsAt: appointments.startsAt, therapistSlug: therapists.slug })
    .from(appointments)
    .innerJoin(therapists, eq(therapists.id, appointments.therapistId))
    .where(eq(appointments.idempotencyKey, keyHash))
    .limit(1);
  return row ? { status: "booked" as const, duplicate: true, appointmentId: row.id, startsAt: row.startsAt, therapistSlug: row.therapistSlug } : null;
}

export async function bookFollowUp(session: SessionLike, request: FollowUpRequest, now = new Date()): Promise<FollowUpOutcome> {
  // Who is asking, before any transaction opens (the embedded database has one connection).
  const actor = await requireStaff(session);
  if (!isUuid(request.patientId) || !/^[A-Za-z0-9_-]{16,100}$/.test(request.idempotencyKey)) return { status: "not_found" };
  const keyHash = hashToken(request.idempotencyKey);
  const earlier = await bookedWithKey(keyHash);
  if (earlier) return earlier;

  const [settings, serviceList, therapistList] = await Promise.all([getBookingSettings(), listBookableServices(), listBookableTherapists()]);
  const service = serviceList.find((s) => s.slug === request.serviceSlug);
  const therapist = therapistList.find((t) => t.slug === request.therapistSlug);
  if (!service || !therapist) return { status: "unavailable" };
  const endsAt = new Date(request.startsAt.getTime() + service.minutes * 60_000);
  const date = wallClockAt(request.startsAt, settings.timeZone).date;

  try {
    const appointmentId = await db.transaction(async (tx) => {
      const [patient] = await tx
        .select({ id: patients.id, userId: users.id, activatedAt: users.activatedAt, deactivatedAt: users.deactivatedAt })
        .from(patients)
        .innerJoin(users, eq(users.id, patients.userId))
        .where(eq(patients.id, request.patientId))
        .limit(1);
      if (!patient) return null;

      await lockTherapist(tx, therapist.id);
      const [schedule] = await loadSchedules(tx, [therapist.id], date, date, { timeZone: settings.timeZone });
      if (!schedule || !isOfferedStart(schedule, request.startsAt, { now, durationMinutes: service.minutes }, settings)) throw new SlotTaken();
      const manage = newToken();
      const [row] = await tx
        .insert(appointments)
        .values({
          therapistId: therapist.id,
          patientId: patient.id,
          serviceId: service.id,
          startsAt: request.startsAt,
          endsAt,
          status: "confirmed",
          idempotencyKey: keyHash,
          manageTokenHash: manage.hash,
          bookedByUserId: actor.userId,
        })
        .returning({ id: appointments.id });
      const id = row!.id;

      let portal: PortalInvitation = { kind: "none" };
      if (!patient.deactivatedAt && patient.activatedAt) portal = { kind: "login", url: appLinks.portal() };
      else if (!patient.deactivatedAt) {
        const token = await issueUserToken(tx, patient.userId, "activation", now);
        portal = { kind: "activate", url: appLinks.activate(token), validDays: TOKEN_LIFETIME.activationDays };
      }
      await planAppointmentReminders(tx, id, request.startsAt, now);
      const details = await appointmentMailDetails(tx, id, settings.cancelCutoffHours);
      await enqueueEmail(tx, confirmationEmail(details, appLinks.manage(manage.token), portal, now));
      await audit(tx, actor, {
        action: "appointment.booked",
        patientId: patient.id,
        recordType: "appointment",
        recordId: id,
        details: { by: "staff", service: service.slug, therapist: therapist.slug },
      });
      return id;
    });
    if (!appointmentId) return { status: "not_found" };
    // After the commit: deliver now if SMTP is configured; a failure waits for the retry job.
    void deliverSoon();
    return { status: "booked", duplicate: false, appointmentId, startsAt: request.startsAt, therapistSlug: therapist.slug };
  } catch (error) {
    if (error instanceof SlotTaken || isExclusionViolation(error, "appointments_no_overlap")) {
      // A double submit of the same form: the other request took the slot with this very key.
      return (await bookedWithKey(keyHash)) ?? { status: "taken" };
    }
    if (isUniqueViolation(error, "appointments_idempotency_key_unique")) return (await bookedWithKey(keyHash)) ?? { status: "taken" };
    throw error;
  }
}
