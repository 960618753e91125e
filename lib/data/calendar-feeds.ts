import "server-only";
import { and, asc, eq, gte, inArray, lte } from "drizzle-orm";
import { db } from "@/db";
import { appointments, patients, services, therapists } from "@/db/schema";
import { requirePatient, requireStaff, type SessionLike } from "@/lib/auth/actor";
import { hashToken, newToken } from "@/lib/auth/tokens";
import { buildCalendar, initials, type FeedEvent } from "@/lib/calendar/feed";
import { practice } from "@/lib/practice";
import { audit } from "./audit";
import { getBookingConfirmationAppointment } from "./booking-confirmation";
import { getPracticeRules } from "./practice-settings";
import { isUuid } from "./patient-scope";

/**
 * Calendars (issue 15, point 5). Each therapist can have one private subscription link to their agenda
 * (only its SHA-256 is stored; a new link replaces the old one, stopping revokes it). The feed carries
 * initials, not full names, unless the practice turned full names on, and never health data. Patients
 * download one appointment as an .ics ("Zet in je agenda").
 */
const location = `${practice.name}, ${practice.street}, ${practice.postalCode} ${practice.city}`;
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export async function ownFeedStatus(session: SessionLike): Promise<{ canHaveFeed: boolean; active: boolean }> {
  const actor = await requireStaff(session);
  if (!actor.therapistId) return { canHaveFeed: false, active: false };
  const [row] = await db.select({ hash: therapists.calendarFeedTokenHash }).from(therapists).where(eq(therapists.id, actor.therapistId));
  return { canHaveFeed: true, active: !!row?.hash };
}

/** A new private link (the old one stops working); null for staff without a therapist profile. */
export async function renewOwnFeed(session: SessionLike): Promise<string | null> {
  const actor = await requireStaff(session);
  if (!actor.therapistId) return null;
  const link = newToken();
  await db.transaction(async (tx) => {
    await tx.update(therapists).set({ calendarFeedTokenHash: link.hash }).where(eq(therapists.id, actor.therapistId!));
    await audit(tx, actor, { action: "calendar_feed.renewed", recordType: "therapist", recordId: actor.therapistId });
  });
  return link.token;
}

export async function stopOwnFeed(session: SessionLike): Promise<boolean> {
  const actor = await requireStaff(session);
  if (!actor.therapistId) return false;
  await db.transaction(async (tx) => {
    await tx.update(therapists).set({ calendarFeedTokenHash: null }).where(eq(therapists.id, actor.therapistId!));
    await audit(tx, actor, { action: "calendar_feed.stopped", recordType: "therapist", recordId: actor.therapistId });
  });
  return true;
}

/** The feed behind a link: 30 days back to 180 days ahead; null for an unknown or revoked link. */
export async function feedForToken(token: string, now = new Date()): Promise<string | null> {
  if (!TOKEN.test(token)) return null;
  const [therapist] = await db.select({ id: therapists.id, name: therapists.displayName }).from(therapists).where(eq(therapists.calendarFeedTokenHash, hashToken(token)));
  if (!therapist) return null;
  const { calendarFullNames } = await getPracticeRules();
  const rows = await db
    .select({ id: appointments.id, sequence: appointments.icsSequence, start: appointments.startsAt, end: appointments.endsAt, status: appointments.status, service: services.name, patient: patients.fullName })
    .from(appointments)
    .innerJoin(services, eq(services.id, appointments.serviceId))
    .innerJoin(patients, eq(patients.id, appointments.patientId))
    .where(
      and(
        eq(appointments.therapistId, therapist.id),
        inArray(appointments.status, ["confirmed", "requested", "attended", "no_show"]),
        gte(appointments.startsAt, new Date(now.getTime() - 30 * 86_400_000)),
        lte(appointments.startsAt, new Date(now.getTime() + 180 * 86_400_000)),
      ),
    )
    .orderBy(asc(appointments.startsAt));
  const events: FeedEvent[] = rows.map((r) => ({
    uid: `${r.id}@keten`,
    sequence: r.sequence,
    start: r.start,
    end: r.end,
    summary: `${r.service} · ${calendarFullNames ? r.patient : initials(r.patient)}`,
    description: "Afspraak in Keten. Details en intake staan in de praktijkomgeving.",
    location,
  }));
  return buildCalendar(`Keten · ${therapist.name}`, events, now);
}

function appointmentCalendar(row: { id: string; sequence: number; start: Date; end: Date; service: string; therapist: string; cancelled: boolean }, now: Date): string {
  return buildCalendar(
    `${practice.name}`,
    [
      {
        uid: `${row.id}@keten`,
        sequence: row.sequence,
        start: row.start,
        end: row.end,
        summary: `${row.service} bij ${practice.name}`,
        description: `${row.service} met ${row.therapist}. Verzetten of annuleren via de link in je e-mail of in je patiëntenportaal.`,
        location,
        cancelled: row.cancelled,
      },
    ],
    now,
  );
}

const appointmentFacts = {
  id: appointments.id,
  sequence: appointments.icsSequence,
  start: appointments.startsAt,
  end: appointments.endsAt,
  status: appointments.status,
  service: services.name,
  therapist: therapists.displayName,
};

/** The patient's own appointment as an .ics file; null when it is not theirs. */
export async function ownAppointmentCalendar(session: SessionLike, appointmentId: string, now = new Date()): Promise<string | null> {
  const actor = await requirePatient(session);
  if (!isUuid(appointmentId)) return null;
  const [row] = await db
    .select(appointmentFacts)
    .from(appointments)
    .innerJoin(services, eq(services.id, appointments.serviceId))
    .innerJoin(therapists, eq(therapists.id, appointments.therapistId))
    .where(and(eq(appointments.id, appointmentId), eq(appointments.patientId, actor.patientId)));
  return row ? appointmentCalendar({ ...row, cancelled: row.status === "cancelled" }, now) : null;
}

/** The just-booked appointment (authorised like the confirmation page, by the booking cookie) as an .ics file. */
export async function confirmationCalendar(idempotencyKey: string, now = new Date()): Promise<string | null> {
  const id = await getBookingConfirmationAppointment(idempotencyKey, now);
  if (!id) return null;
  const [row] = await db
    .select(appointmentFacts)
    .from(appointments)
    .innerJoin(services, eq(services.id, appointments.serviceId))
    .innerJoin(therapists, eq(therapists.id, appointments.therapistId))
    .where(eq(appointments.id, id));
  return row ? appointmentCalendar({ ...row, cancelled: row.status === "cancelled" }, now) : null;
}
