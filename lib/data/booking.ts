import "server-only";
import { eq, sql } from "drizzle-orm";
import { db, type Transaction } from "@/db";
import { isExclusionViolation, isUniqueViolation } from "@/db/errors";
import { appointments, intakes, patients, users } from "@/db/schema";
import { newToken, hashToken, issueUserToken } from "@/lib/auth/tokens";
import { TOKEN_LIFETIME } from "@/lib/auth/policy";
import { triageIntake } from "@/lib/booking/intake-triage";
import { isOfferedStart } from "@/lib/booking/slots";
import { confirmationEmail, type PortalInvitation } from "@/lib/mail/appointment-emails";
import { deliverSoon, enqueueEmail } from "@/lib/mail/outbox";
import { wallClockAt } from "@/lib/time/zone";
import { INTAKE_FORM_VERSION, type IntakeAnswers } from "@/lib/validation/intake";
import { audit } from "./audit";
import { appLinks, appointmentMailDetails } from "./appointment-mail";
import { listBookableServices, listBookableTherapists, loadSchedules } from "./availability";
import { getBookingSettings } from "./practice-settings";
import { planAppointmentReminders } from "./reminders";
import { lockTherapist } from "./therapist-lock";

/**
 * The public booking: one transaction that finds or creates the patient, re-checks the slot against the
 * rules, stores the appointment and the intake, and queues the confirmation. Anonymous by design: the
 * visitor is authorised by nothing but what they hold, and learns nothing about an existing patient.
 *
 * - The exclusion constraint is the final guard; a per-therapist lock makes the buffer re-check exact.
 * - The idempotency key (random, from the form) is stored hashed; the same key books once.
 * - An existing patient (same e-mail, any case) is used, never changed: their stored name and date of
 *   birth stay; what this form said about them is kept in the intake's answers.
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
  | { status: "taken" }
  | { status: "unavailable" }
  | { status: "email_in_use" };

class SlotTaken extends Error {}
class EmailInUse extends Error {}

const anonymous = { userId: null, role: "anonymous" } as const;

async function alreadyBooked(keyHash: string): Promise<boolean> {
  const [row] = await db.select({ id: appointments.id }).from(appointments).where(eq(appointments.idempotencyKey, keyHash)).limit(1);
  return !!row;
}

type PatientRef = { patientId: string; userId: string; portal: "activate" | "login" | "none" };

async function findOrCreatePatient(tx: Transaction, intake: IntakeAnswers): Promise<PatientRef> {
  const [existing] = await tx
    .select({ userId: users.id, role: users.role, activatedAt: users.activatedAt, deactivatedAt: users.deactivatedAt, patientId: patients.id })
    .from(users)
    .leftJoin(patients, eq(patients.userId, users.id))
    .where(eq(sql`lower(${users.email})`, intake.email.toLowerCase()))
    .limit(1);
  if (existing) {
    if (existing.role !== "patient") throw new EmailInUse();
    const portal = existing.deactivatedAt ? "none" : existing.activatedAt ? "login" : "activate";
    if (existing.patientId) return { patientId: existing.patientId, userId: existing.userId, portal };
    // An account without a profile has no stored details to protect: this form's details become its profile.
    const [created] = await tx
      .insert(patients)
      .values({ userId: existing.userId, fullName: intake.fullName, dateOfBirth: intake.dateOfBirth, phone: intake.phone })
      .returning({ id: patients.id });
    return { patientId: created!.id, userId: existing.userId, portal };
  }
  const [user] = await tx.insert(users).values({ email: intake.email.toLowerCase(), role: "patient" }).returning({ id: users.id });
  const [patient] = await tx
    .insert(patients)
    .values({ userId: user!.id, fullName: intake.fullName, dateOfBirth: intake.dateOfBirth, phone: intake.phone })
    .returning({ id: patients.id });
  return { patientId: patient!.id, userId: user!.id, portal: "activate" };
}

export async function bookAppointment(request: BookingRequest, now = new Date()): Promise<BookingOutcome> {
  const keyHash = hashToken(request.idempotencyKey);
  if (await alreadyBooked(keyHash)) return { status: "booked", duplicate: true };

  const [settings, services, therapists] = await Promise.all([getBookingSettings(), listBookableServices(), listBookableTherapists()]);
  const service = services.find((s) => s.slug === request.serviceSlug);
  const candidates = request.therapistSlug === null ? therapists : therapists.filter((t) => t.slug === request.therapistSlug);
  if (!service || candidates.length === 0) return { status: "unavailable" };
  const endsAt = new Date(request.startsAt.getTime() + service.minutes * 60_000);
  const date = wallClockAt(request.startsAt, settings.timeZone).date;
  const triage = triageIntake(request.intake);

  // Two tries: a booking that raced another one creating the same new patient finds that patient the second time.
  for (let attempt = 0; ; attempt++) {
    try {
      await db.transaction(async (tx) => {
        const patient = await findOrCreatePatient(tx, request.intake);

        let appointmentId: string | undefined;
        for (const therapist of candidates) {
          await lockTherapist(tx, therapist.id);
          const [schedule] = await loadSchedules(tx, [therapist.id], date, date, { timeZone: settings.timeZone });
          if (!schedule || !isOfferedStart(schedule, request.startsAt, { now, durationMinutes: service.minutes }, settings)) continue;
          try {
            const [row] = await tx.transaction((savepoint) =>
              savepoint
                .insert(appointments)
                .values({
                  therapistId: therapist.id,
                  patientId: patient.patientId,
                  serviceId: service.id,
                  startsAt: request.startsAt,
                  endsAt,
                  status: "confirmed",
                  idempotencyKey: keyHash,
                })
                .returning({ id: appointments.id }),
            );
            appointmentId = row!.id;
            break;
          } catch (error) {
            if (isExclusionViolation(error, "appointments_no_overlap")) continue; // booked by a path that does not take the lock
            throw error;
          }
        }
        if (!appointmentId) throw new SlotTaken();

        const manage = newToken();
        await tx.update(appointments).set({ manageTokenHash: manage.hash }).where(eq(appointments.id, appointmentId));

        const location = request.intake.complaintLocation;
        await tx.insert(intakes).values({
          patientId: patient.patientId,
          appointmentId,
          formVersion: INTAKE_FORM_VERSION,
          complaintLocation: location === "elsewhere" ? request.intake.complaintElsewhere : "hamstring",
          complaintSide: location === "elsewhere" ? "not_applicable" : location,
          onset: request.intake.onset,
          painNow: request.intake.painNow,
          painWorst: request.intake.painWorst,
          triageOutcome: triage.outcome,
          redFlags: triage.flagCodes,
          answers: { ...request.intake },
          consentAt: now,
        });

        let portal: PortalInvitation = { kind: "none" };
        if (patient.portal === "activate") {
          const token = await issueUserToken(tx, patient.userId, "activation", now);
          portal = { kind: "activate", url: appLinks.activate(token), validDays: TOKEN_LIFETIME.activationDays };
        } else if (patient.portal === "login") {
          portal = { kind: "login", url: appLinks.portal() };
        }
        await planAppointmentReminders(tx, appointmentId, request.startsAt, now);
        const details = await appointmentMailDetails(tx, appointmentId, settings.cancelCutoffHours);
        await enqueueEmail(tx, confirmationEmail(details, appLinks.manage(manage.token), portal, now));
        await audit(tx, anonymous, {
          action: "appointment.booked",
          patientId: patient.patientId,
          recordType: "appointment",
          recordId: appointmentId,
          details: { service: service.slug, noPreference: request.therapistSlug === null, triage: triage.outcome },
        });
      });
      // After the commit: deliver now if SMTP is configured; a failure waits for the retry job.
      void deliverSoon();
      return { status: "booked", duplicate: false };
    } catch (error) {
      if (error instanceof SlotTaken || isExclusionViolation(error, "appointments_no_overlap")) {
        // The same form submitted twice at once: the other request took the slot with this very key.
        return (await alreadyBooked(keyHash)) ? { status: "booked", duplicate: true } : { status: "taken" };
      }
      if (error instanceof EmailInUse) return { status: "email_in_use" };
      // The same form submitted twice at once: the other request booked it.
      if (isUniqueViolation(error, "appointments_idempotency_key_unique")) return { status: "booked", duplicate: true };
      if (isUniqueViolation(error, "users_email_lower_key") && attempt === 0) continue;
      throw error;
    }
  }
}
