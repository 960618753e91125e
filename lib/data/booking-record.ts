import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Executor, Transaction } from "@/db";
import { appointments, intakes, patients, users } from "@/db/schema";
import { TOKEN_LIFETIME } from "@/lib/auth/policy";
import { issueUserToken, newToken } from "@/lib/auth/tokens";
import { triageIntake } from "@/lib/booking/intake-triage";
import type { BookingSettings } from "@/lib/booking/settings";
import { confirmationEmail, type PortalInvitation } from "@/lib/mail/appointment-emails";
import { enqueueEmail } from "@/lib/mail/outbox";
import { INTAKE_FORM_VERSION, type IntakeAnswers } from "@/lib/validation/intake";
import { audit, type AuditActor } from "./audit";
import { appLinks, appointmentMailDetails } from "./appointment-mail";
import { planAppointmentReminders } from "./reminders";

/**
 * What every way of booking writes once the time is claimed: the appointment, its intake, the manage
 * link, the confirmation e-mail and the audit row — all in the caller's transaction. Shared by the direct
 * booking and the confirmation of a held booking (decision 016).
 */
export type PatientRef = { patientId: string; userId: string; portal: "activate" | "login" | "none" };

export type Account = { userId: string; role: string; activatedAt: Date | null; deactivatedAt: Date | null; patientId: string | null };

/** The account with this address (any case), if there is one. */
export async function accountByEmail(executor: Executor, email: string): Promise<Account | null> {
  const [row] = await executor
    .select({ userId: users.id, role: users.role, activatedAt: users.activatedAt, deactivatedAt: users.deactivatedAt, patientId: patients.id })
    .from(users)
    .leftJoin(patients, eq(patients.userId, users.id))
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()))
    .limit(1);
  return row ?? null;
}

export async function accountById(executor: Executor, userId: string): Promise<Account | null> {
  const [row] = await executor
    .select({ userId: users.id, role: users.role, activatedAt: users.activatedAt, deactivatedAt: users.deactivatedAt, patientId: patients.id })
    .from(users)
    .leftJoin(patients, eq(patients.userId, users.id))
    .where(eq(users.id, userId))
    .limit(1);
  return row ?? null;
}

/**
 * The patient of an account, never changed: their stored name and date of birth stay, and what this form
 * said about them is kept in the intake's answers. An account without a profile has no stored details to
 * protect, so this form's details become its profile.
 */
export async function patientOf(tx: Transaction, account: Account, intake: IntakeAnswers): Promise<PatientRef> {
  const portal = account.deactivatedAt ? "none" : account.activatedAt ? "login" : "activate";
  if (account.patientId) return { patientId: account.patientId, userId: account.userId, portal };
  const [created] = await tx
    .insert(patients)
    .values({ userId: account.userId, fullName: intake.fullName, dateOfBirth: intake.dateOfBirth, phone: intake.phone })
    .returning({ id: patients.id });
  return { patientId: created!.id, userId: account.userId, portal };
}

/** A new account and patient from the form (nobody has this address yet). */
export async function createPatient(tx: Transaction, intake: IntakeAnswers): Promise<PatientRef> {
  const [user] = await tx.insert(users).values({ email: intake.email.toLowerCase(), role: "patient" }).returning({ id: users.id });
  const [patient] = await tx
    .insert(patients)
    .values({ userId: user!.id, fullName: intake.fullName, dateOfBirth: intake.dateOfBirth, phone: intake.phone })
    .returning({ id: patients.id });
  return { patientId: patient!.id, userId: user!.id, portal: "activate" };
}

export async function insertAppointment(
  savepoint: Transaction,
  row: { therapistId: string; patientId: string; serviceId: string; startsAt: Date; endsAt: Date; keyHash: string; bookedByUserId?: string | null },
): Promise<string> {
  const [inserted] = await savepoint
    .insert(appointments)
    .values({
      therapistId: row.therapistId,
      patientId: row.patientId,
      serviceId: row.serviceId,
      startsAt: row.startsAt,
      endsAt: row.endsAt,
      status: "confirmed",
      idempotencyKey: row.keyHash,
      bookedByUserId: row.bookedByUserId ?? null,
    })
    .returning({ id: appointments.id });
  return inserted!.id;
}

/** The intake, the manage link, the confirmation and the audit row of a just-inserted appointment. */
export async function completeBooking(
  tx: Transaction,
  input: {
    appointmentId: string;
    patient: PatientRef;
    intake: IntakeAnswers;
    settings: BookingSettings;
    now: Date;
    actor: AuditActor;
    details: Record<string, unknown>;
  },
): Promise<{ manageToken: string }> {
  const { appointmentId, patient, intake, now } = input;
  const triage = triageIntake(intake);
  const manage = newToken();
  await tx.update(appointments).set({ manageTokenHash: manage.hash }).where(eq(appointments.id, appointmentId));

  const location = intake.complaintLocation;
  await tx.insert(intakes).values({
    patientId: patient.patientId,
    appointmentId,
    formVersion: INTAKE_FORM_VERSION,
    complaintLocation: location === "elsewhere" ? intake.complaintElsewhere : "hamstring",
    complaintSide: location === "elsewhere" ? "not_applicable" : location,
    onset: intake.onset,
    painNow: intake.painNow,
    painWorst: intake.painWorst,
    triageOutcome: triage.outcome,
    redFlags: triage.flagCodes,
    answers: { ...intake },
    consentAt: now,
  });

  let portal: PortalInvitation = { kind: "none" };
  if (patient.portal === "activate") {
    const token = await issueUserToken(tx, patient.userId, "activation", now);
    portal = { kind: "activate", url: appLinks.activate(token), validDays: TOKEN_LIFETIME.activationDays };
  } else if (patient.portal === "login") {
    portal = { kind: "login", url: appLinks.portal() };
  }
  const [booked] = await tx.select({ startsAt: appointments.startsAt }).from(appointments).where(eq(appointments.id, appointmentId));
  await planAppointmentReminders(tx, appointmentId, booked!.startsAt, now);
  const mail = await appointmentMailDetails(tx, appointmentId, input.settings.cancelCutoffHours);
  await enqueueEmail(tx, confirmationEmail(mail, appLinks.manage(manage.token), portal, now));
  await audit(tx, input.actor, {
    action: "appointment.booked",
    patientId: patient.patientId,
    recordType: "appointment",
    recordId: appointmentId,
    details: { ...input.details, triage: triage.outcome },
  });
  return { manageToken: manage.token };
}
