import "server-only";
import { and, eq, or, sql } from "drizzle-orm";
import { db, type Executor } from "@/db";
import { isExclusionViolation } from "@/lib/data/db-errors";
import { appointments, services, therapists } from "@/db/schema";
import { requirePatient, type Actor, type SessionLike } from "@/lib/auth/actor";
import { hashToken, newToken } from "@/lib/auth/tokens";
import { NO_CANCEL_REASON, storedCancelReason, type CancelChoice } from "@/lib/booking/cancellation";
import { changeDecision, type ChangeDecision, type ChangeRefusal } from "@/lib/booking/change-policy";
import { isOfferedStart } from "@/lib/booking/slots";
import { cancelledEmail, rescheduledEmail } from "@/lib/mail/appointment-emails";
import { deliverSoon, enqueueEmail } from "@/lib/mail/outbox";
import { wallClockAt } from "@/lib/time/zone";
import { audit } from "./audit";
import { appLinks, appointmentMailDetails } from "./appointment-mail";
import { listBookableTherapists, loadSchedules } from "./availability";
import { appointmentColumns, appointmentJoins } from "./internal/query-shapes";
import { getBookingSettings } from "./practice-settings";
import { planAppointmentReminders } from "./reminders";
import { announceFreedTime } from "./waitlist-offers";
import { lockTherapist } from "./therapist-lock";

/**
 * Cancel and reschedule: one implementation of the rules, two ways to be authorised — the manage link's
 * token (anonymous; whoever holds the link) or a logged-in patient who owns the appointment. A token that
 * does not match, or an appointment of someone else, is simply "not found": nothing tells them apart.
 *
 * Every change raises the ICS sequence and queues an e-mail with the updated invite in the same
 * transaction. A reschedule also replaces the manage token (only its hash is stored, so the new e-mail
 * needs a new one); the link in older e-mails stops working.
 */
export type AppointmentAccess = { via: "token"; token: string } | { via: "patient"; session: SessionLike; appointmentId: string };

const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const anonymous = { userId: null, role: "anonymous" } as const;

type Located = { appointmentId: string; actor: Actor | typeof anonymous };

/** Who is asking: checked before any transaction opens (the embedded database has one connection). */
async function actorFor(access: AppointmentAccess): Promise<Actor | typeof anonymous> {
  return access.via === "patient" ? requirePatient(access.session) : anonymous;
}

async function locate(executor: Executor, access: AppointmentAccess, actor: Actor | typeof anonymous): Promise<Located | null> {
  if (access.via === "token") {
    if (!TOKEN.test(access.token)) return null;
    const hash = hashToken(access.token);
    const [row] = await executor
      .select({ id: appointments.id })
      .from(appointments)
      .where(or(eq(appointments.manageTokenHash, hash), eq(appointments.reminderTokenHash, hash)))
      .limit(1);
    return row ? { appointmentId: row.id, actor } : null;
  }
  if (actor.role !== "patient" || !("patientId" in actor) || !actor.patientId || !UUID.test(access.appointmentId)) return null;
  const [row] = await executor
    .select({ id: appointments.id })
    .from(appointments)
    .where(and(eq(appointments.id, access.appointmentId), eq(appointments.patientId, actor.patientId)))
    .limit(1);
  return row ? { appointmentId: row.id, actor } : null;
}

export type ManagedAppointment = {
  id: string;
  serviceSlug: string;
  serviceName: string;
  serviceMinutes: number;
  therapistSlug: string;
  therapistName: string;
  startsAt: Date;
  endsAt: Date;
  cancelled: boolean;
  decision: ChangeDecision;
  cancelCutoffHours: number;
};

/** The appointment as the manage page and the portal show it, with whether it can still be changed. */
export async function getManagedAppointment(access: AppointmentAccess, now = new Date()): Promise<ManagedAppointment | null> {
  const located = await locate(db, access, await actorFor(access));
  if (!located) return null;
  const settings = await getBookingSettings();
  const [row] = await db
    .select({ ...appointmentColumns, serviceSlug: services.slug, serviceMinutes: services.minutes, therapistSlug: therapists.slug })
    .from(appointments)
    .innerJoin(services, appointmentJoins.service)
    .innerJoin(therapists, appointmentJoins.therapist)
    .where(eq(appointments.id, located.appointmentId))
    .limit(1);
  if (!row) return null;
  const { status, ...rest } = row;
  return { ...rest, cancelled: status === "cancelled", decision: changeDecision(row, now, settings.cancelCutoffHours), cancelCutoffHours: settings.cancelCutoffHours };
}

export type ChangeOutcome =
  | { status: "cancelled" }
  | { status: "rescheduled"; manageToken: string }
  | { status: "refused"; reason: ChangeRefusal }
  | { status: "taken" }
  | { status: "not_found" };

class Refused extends Error {
  constructor(readonly reason: ChangeRefusal) {
    super(reason);
  }
}
class NotFound extends Error {}
class Taken extends Error {}

/** The appointment row, locked for the rest of the transaction so two changes of it run one after the other. */
async function lockAppointment(executor: Executor, id: string) {
  const [row] = await executor
    .select({
      id: appointments.id,
      status: appointments.status,
      startsAt: appointments.startsAt,
      endsAt: appointments.endsAt,
      therapistId: appointments.therapistId,
      serviceId: appointments.serviceId,
      patientId: appointments.patientId,
    })
    .from(appointments)
    .where(eq(appointments.id, id))
    .for("update");
  if (!row) throw new NotFound();
  return row;
}

/** The appointment this access may change, locked, and still open to change by the policy (else it throws NotFound or Refused). */
async function lockChangeable(executor: Executor, access: AppointmentAccess, actor: Actor | typeof anonymous, now: Date) {
  const located = await locate(executor, access, actor);
  if (!located) throw new NotFound();
  const settings = await getBookingSettings(executor);
  const current = await lockAppointment(executor, located.appointmentId);
  const decision = changeDecision(current, now, settings.cancelCutoffHours);
  if (!decision.allowed) throw new Refused(decision.reason);
  return { located, settings, current };
}

async function change<T extends ChangeOutcome>(work: () => Promise<T>): Promise<ChangeOutcome> {
  try {
    const outcome = await work();
    // After the commit: deliver now if SMTP is configured; a failure waits for the retry job.
    void deliverSoon();
    return outcome;
  } catch (error) {
    if (error instanceof NotFound) return { status: "not_found" };
    if (error instanceof Refused) return { status: "refused", reason: error.reason };
    if (error instanceof Taken || isExclusionViolation(error, "appointments_no_overlap")) return { status: "taken" };
    throw error;
  }
}

/** Cancels outside the window; `choice` is the reason the patient gave, if any (optional; kept for the therapist). */
export async function cancelAppointment(access: AppointmentAccess, now = new Date(), choice: CancelChoice = NO_CANCEL_REASON): Promise<ChangeOutcome> {
  const actor = await actorFor(access);
  return change(() =>
    db.transaction(async (tx) => {
      const { located, settings, current } = await lockChangeable(tx, access, actor, now);
      await tx
        .update(appointments)
        .set({ status: "cancelled", cancelledAt: now, cancellationReason: storedCancelReason(choice), icsSequence: sql`${appointments.icsSequence} + 1` })
        .where(eq(appointments.id, current.id));
      await announceFreedTime(tx, current);
      const details = await appointmentMailDetails(tx, current.id, settings.cancelCutoffHours);
      await enqueueEmail(tx, cancelledEmail(details, appLinks.book(), now));
      await audit(tx, located.actor, { action: "appointment.cancelled", patientId: current.patientId, recordType: "appointment", recordId: current.id, details: { via: access.via, reason: choice.reason ?? "not_given", note: choice.note.trim() !== "" } });
      return { status: "cancelled" as const };
    }),
  );
}

/** Moves the appointment to another free start of the same service (with one therapist, or anyone free). */
export async function rescheduleAppointment(
  access: AppointmentAccess,
  target: { startsAt: Date; therapistSlug: string | null },
  now = new Date(),
): Promise<ChangeOutcome> {
  const actor = await actorFor(access);
  return change(() =>
    db.transaction(async (tx) => {
      const { located, settings, current } = await lockChangeable(tx, access, actor, now);
      const [service] = await tx.select({ minutes: services.minutes }).from(services).where(eq(services.id, current.serviceId));
      const therapistsInOrder = await listBookableTherapists(tx);
      const candidates = target.therapistSlug === null ? therapistsInOrder : therapistsInOrder.filter((t) => t.slug === target.therapistSlug);
      const date = wallClockAt(target.startsAt, settings.timeZone).date;
      const endsAt = new Date(target.startsAt.getTime() + service!.minutes * 60_000);
      const manage = newToken();

      let moved = false;
      for (const therapist of candidates) {
        await lockTherapist(tx, therapist.id);
        const [schedule] = await loadSchedules(tx, [therapist.id], date, date, { timeZone: settings.timeZone, ignoreAppointmentId: current.id });
        if (!schedule || !isOfferedStart(schedule, target.startsAt, { now, durationMinutes: service!.minutes }, settings)) continue;
        try {
          await tx.transaction((savepoint) =>
            savepoint
              .update(appointments)
              .set({ therapistId: therapist.id, startsAt: target.startsAt, endsAt, manageTokenHash: manage.hash, reminderTokenHash: null, icsSequence: sql`${appointments.icsSequence} + 1` })
              .where(eq(appointments.id, current.id)),
          );
          moved = true;
          break;
        } catch (error) {
          if (isExclusionViolation(error, "appointments_no_overlap")) continue;
          throw error;
        }
      }
      if (!moved) throw new Taken();
      await planAppointmentReminders(tx, current.id, target.startsAt, now);
      await announceFreedTime(tx, current);

      const details = await appointmentMailDetails(tx, current.id, settings.cancelCutoffHours);
      await enqueueEmail(tx, rescheduledEmail(details, appLinks.manage(manage.token), now));
      await audit(tx, located.actor, {
        action: "appointment.rescheduled",
        patientId: current.patientId,
        recordType: "appointment",
        recordId: current.id,
        details: { via: access.via, from: current.startsAt.toISOString(), to: target.startsAt.toISOString() },
      });
      return { status: "rescheduled" as const, manageToken: manage.token };
    }),
  );
}
