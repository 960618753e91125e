import "server-only";
import { and, asc, desc, eq, gt, inArray, lte, or } from "drizzle-orm";
import { db } from "@/db";
import { appointments, services, therapists, type AppointmentStatus } from "@/db/schema";
import { requirePatient, type SessionLike } from "@/lib/auth/actor";
import { changeDecision, type ChangeDecision } from "@/lib/booking/change-policy";
import { appointmentColumns, appointmentJoins } from "./internal/query-shapes";
import { getBookingSettings } from "./practice-settings";

/**
 * A logged-in patient's own appointments (the portal). Only ever the caller's: the patient id comes from
 * the verified session, never from the request. Changes go through appointment-changes.ts, the same rules
 * as the manage link.
 */
export type OwnAppointment = {
  id: string;
  serviceName: string;
  serviceMinutes: number;
  therapistName: string;
  startsAt: Date;
  endsAt: Date;
  status: AppointmentStatus;
  /** Whether the patient can still cancel or reschedule it themselves, and if not, why. */
  change: ChangeDecision;
};

const columns = { ...appointmentColumns, serviceMinutes: services.minutes };

async function ownAppointments(patientId: string, upcoming: boolean, now: Date, limit: number) {
  const open = inArray(appointments.status, ["confirmed", "requested"]);
  return db
    .select(columns)
    .from(appointments)
    .innerJoin(services, appointmentJoins.service)
    .innerJoin(therapists, appointmentJoins.therapist)
    .where(
      and(
        eq(appointments.patientId, patientId),
        upcoming ? and(gt(appointments.startsAt, now), open) : or(lte(appointments.startsAt, now), eq(appointments.status, "cancelled")),
      ),
    )
    .orderBy(upcoming ? asc(appointments.startsAt) : desc(appointments.startsAt))
    .limit(limit);
}

/** Upcoming (soonest first) and past or cancelled (latest first) appointments of the logged-in patient. */
export async function listOwnAppointments(session: SessionLike, now = new Date()): Promise<{ upcoming: OwnAppointment[]; past: OwnAppointment[]; cancelCutoffHours: number }> {
  const actor = await requirePatient(session);
  const [settings, upcoming, past] = await Promise.all([getBookingSettings(), ownAppointments(actor.patientId, true, now, 50), ownAppointments(actor.patientId, false, now, 50)]);
  const withDecision = (row: (typeof upcoming)[number]): OwnAppointment => ({ ...row, change: changeDecision(row, now, settings.cancelCutoffHours) });
  return { upcoming: upcoming.map(withDecision), past: past.map(withDecision), cancelCutoffHours: settings.cancelCutoffHours };
}

/** The logged-in patient's next appointment, or null (for the portal overview). */
export async function nextOwnAppointment(session: SessionLike, now = new Date()): Promise<OwnAppointment | null> {
  const actor = await requirePatient(session);
  const [settings, [next]] = await Promise.all([getBookingSettings(), ownAppointments(actor.patientId, true, now, 1)]);
  return next ? { ...next, change: changeDecision(next, now, settings.cancelCutoffHours) } : null;
}
