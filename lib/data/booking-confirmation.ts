import "server-only";
import { and, eq, gt } from "drizzle-orm";
import { db } from "@/db";
import { appointments, intakes, services, therapists, type TriageOutcome } from "@/db/schema";
import { hashToken } from "@/lib/auth/tokens";
import { appointmentColumns, appointmentJoins } from "./internal/query-shapes";

/**
 * The confirmation page right after booking. It is authorised by the form's idempotency key, which only
 * the browser that submitted the form holds (in a short-lived httpOnly cookie) and which is stored hashed.
 * It shows only what that visitor just entered or chose, and only for a while after booking.
 */
export const CONFIRMATION_WINDOW_MINUTES = 120;

export type BookingConfirmation = {
  serviceName: string;
  serviceMinutes: number;
  therapistName: string;
  startsAt: Date;
  endsAt: Date;
  cancelled: boolean;
  /** The address the visitor typed (the e-mail went there). */
  email: string;
  triageOutcome: TriageOutcome;
  redFlags: string[];
};

export async function getBookingConfirmation(idempotencyKey: string, now = new Date()): Promise<BookingConfirmation | null> {
  if (!/^[A-Za-z0-9_-]{16,100}$/.test(idempotencyKey)) return null;
  const [row] = await db
    .select({
      ...appointmentColumns,
      serviceMinutes: services.minutes,
      answers: intakes.answers,
      triageOutcome: intakes.triageOutcome,
      redFlags: intakes.redFlags,
    })
    .from(appointments)
    .innerJoin(services, appointmentJoins.service)
    .innerJoin(therapists, appointmentJoins.therapist)
    .innerJoin(intakes, eq(intakes.appointmentId, appointments.id))
    .where(
      and(
        eq(appointments.idempotencyKey, hashToken(idempotencyKey)),
        gt(appointments.createdAt, new Date(now.getTime() - CONFIRMATION_WINDOW_MINUTES * 60_000)),
      ),
    )
    .limit(1);
  if (!row) return null;
  const { id: _id, answers, status, ...rest } = row;
  return { ...rest, cancelled: status === "cancelled", email: typeof answers.email === "string" ? answers.email : "" };
}

/** The id of the appointment the confirmation page would show (same key, same window), for its .ics file. */
export async function getBookingConfirmationAppointment(idempotencyKey: string, now = new Date()): Promise<string | null> {
  if (!/^[A-Za-z0-9_-]{16,100}$/.test(idempotencyKey)) return null;
  const [row] = await db
    .select({ id: appointments.id })
    .from(appointments)
    .where(and(eq(appointments.idempotencyKey, hashToken(idempotencyKey)), gt(appointments.createdAt, new Date(now.getTime() - CONFIRMATION_WINDOW_MINUTES * 60_000))))
    .limit(1);
  return row?.id ?? null;
}
