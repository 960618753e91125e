import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { availabilityExceptions } from "@/db/schema";
import { requireStaff, type SessionLike } from "@/lib/auth/actor";
import { addDays, instantAt, wallClockAt } from "@/lib/time/zone";
import type { AbsenceInput, ExtraHoursInput } from "@/lib/validation/opening-hours";
import { audit } from "../audit";
import { isUuid } from "../patient-scope";
import { lockTherapist } from "../therapist-lock";
import { announceOpenedHours } from "../waitlist-opened-hours";
import { conflictingAppointments, invalid, notFound, therapistInScope, today, type ConflictingAppointment, type HoursChange, type Refusal } from "./hours-scope";

/**
 * Absences and extra hours of one therapist (the weekly blocks are in opening-hours.ts): a therapist manages
 * only their own, an admin anyone's. Every change is audited; the booking sees it at once.
 */


export type ExceptionChange = { ok: true; therapistId: string; conflicts: ConflictingAppointment[] } | Refusal;

/**
 * Adds an absence. Appointments already planned in it are not cancelled: they are returned (and shown on the
 * page with the absence) so the therapist can move or cancel them with the patient.
 */
export async function addAbsence(session: SessionLike, therapistId: string, input: AbsenceInput, now = new Date()): Promise<ExceptionChange> {
  const actor = await requireStaff(session);
  return db.transaction(async (tx) => {
    const therapist = await therapistInScope(tx, actor, therapistId);
    if (!therapist) return notFound;
    const { zone } = await today(tx, now);
    const wholeDays = input.fromTime === null;
    const startsAt = instantAt(input.fromDate, input.fromTime ?? 0, zone);
    const endsAt = wholeDays ? instantAt(addDays(input.toDate, 1), 0, zone) : instantAt(input.toDate, input.toTime ?? 0, zone);
    if (endsAt <= startsAt) return invalid("toTime", "Het einde moet na het begin liggen.");
    if (endsAt <= now) return invalid("toDate", "Deze afwezigheid ligt helemaal in het verleden.");
    await lockTherapist(tx, therapist.id);
    const [row] = await tx
      .insert(availabilityExceptions)
      .values({ therapistId: therapist.id, kind: "absence", startsAt, endsAt, reason: input.reason, createdBy: actor.userId })
      .returning({ id: availabilityExceptions.id });
    await audit(tx, actor, {
      action: "availability.absence_added",
      recordType: "availability_exception",
      recordId: row!.id,
      details: { therapistId: therapist.id, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() },
    });
    const conflicts = await conflictingAppointments(tx, actor, therapist.id, startsAt, endsAt);
    return { ok: true, therapistId: therapist.id, conflicts };
  });
}

export async function addExtraHours(session: SessionLike, therapistId: string, input: ExtraHoursInput, now = new Date()): Promise<ExceptionChange> {
  const actor = await requireStaff(session);
  return db.transaction(async (tx) => {
    const therapist = await therapistInScope(tx, actor, therapistId);
    if (!therapist) return notFound;
    const { zone } = await today(tx, now);
    const startsAt = instantAt(input.date, input.startTime, zone);
    const endsAt = instantAt(input.date, input.endTime, zone);
    if (endsAt <= now) return invalid("date", "Deze uren liggen al in het verleden.");
    await lockTherapist(tx, therapist.id);
    const [row] = await tx
      .insert(availabilityExceptions)
      .values({ therapistId: therapist.id, kind: "extra_hours", startsAt, endsAt, reason: input.reason, createdBy: actor.userId })
      .returning({ id: availabilityExceptions.id });
    await audit(tx, actor, {
      action: "availability.extra_hours_added",
      recordType: "availability_exception",
      recordId: row!.id,
      details: { therapistId: therapist.id, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() },
    });
    await announceOpenedHours(tx, { therapistId: therapist.id, fromDate: input.date, toDate: input.date });
    return { ok: true, therapistId: therapist.id, conflicts: [] };
  });
}

/** Removes an absence or extra hours (the times become bookable again, or stop being so, at once). */
export async function removeException(session: SessionLike, exceptionId: string): Promise<HoursChange> {
  const actor = await requireStaff(session);
  if (!isUuid(exceptionId)) return notFound;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ id: availabilityExceptions.id, therapistId: availabilityExceptions.therapistId, kind: availabilityExceptions.kind, startsAt: availabilityExceptions.startsAt, endsAt: availabilityExceptions.endsAt })
      .from(availabilityExceptions)
      .where(eq(availabilityExceptions.id, exceptionId))
      .limit(1);
    if (!row || !(await therapistInScope(tx, actor, row.therapistId))) return notFound;
    await lockTherapist(tx, row.therapistId);
    await tx.delete(availabilityExceptions).where(eq(availabilityExceptions.id, row.id));
    await audit(tx, actor, {
      action: row.kind === "absence" ? "availability.absence_removed" : "availability.extra_hours_removed",
      recordType: "availability_exception",
      recordId: row.id,
      details: { therapistId: row.therapistId },
    });
    if (row.kind === "absence") {
      // The absent days are free again: offer them to the waitlist (issue 15, point 4).
      const { zone } = await today(tx, new Date());
      await announceOpenedHours(tx, { therapistId: row.therapistId, fromDate: wallClockAt(row.startsAt, zone).date, toDate: wallClockAt(row.endsAt, zone).date });
    }
    return { ok: true, therapistId: row.therapistId };
  });
}
