import "server-only";
import { and, asc, eq, gt, inArray, isNull, lt, ne } from "drizzle-orm";
import { db, type Executor } from "@/db";
import { appointments, availabilityExceptions, availabilityRules, bookingHolds, services, therapists, users } from "@/db/schema";
import { mergedFreeSlots, searchDates, type MergedSlot, type TherapistSchedule } from "@/lib/booking/slots";
import type { BookingSettings } from "@/lib/booking/settings";
import { addDays, instantAt } from "@/lib/time/zone";
import { weeklyBlockColumns } from "./internal/query-shapes";
import { getBookingSettings } from "./practice-settings";

/**
 * What the booking pages may show anyone: the bookable services and therapists and their free times.
 * Public by design, so no session; nothing about other patients ever leaves this module (a busy period is
 * only ever subtracted, never returned).
 */
export type BookableService = { id: string; slug: string; name: string; description: string; minutes: number; priceCents: number | null };
export type BookableTherapist = { id: string; slug: string; displayName: string; title: string };

export async function listBookableServices(executor: Executor = db): Promise<BookableService[]> {
  return executor
    .select({ id: services.id, slug: services.slug, name: services.name, description: services.description, minutes: services.minutes, priceCents: services.priceCents })
    .from(services)
    .where(eq(services.active, true))
    .orderBy(asc(services.sortOrder), asc(services.name));
}

export async function listBookableTherapists(executor: Executor = db): Promise<BookableTherapist[]> {
  return executor
    .select({ id: therapists.id, slug: therapists.slug, displayName: therapists.displayName, title: therapists.title })
    .from(therapists)
    .innerJoin(users, eq(users.id, therapists.userId))
    .where(and(eq(therapists.active, true), isNull(users.deactivatedAt)))
    .orderBy(asc(therapists.sortOrder), asc(therapists.displayName), asc(therapists.id));
}

/** The window loaded around the given local dates: a day either side (periods crossing midnight, buffers at the edges). */
function scheduleWindow(fromDate: string, toDate: string, timeZone: string): { from: Date; to: Date } {
  return { from: instantAt(addDays(fromDate, -1), 0, timeZone), to: instantAt(addDays(toDate, 2), 0, timeZone) };
}

/**
 * The working hours alone (weekly rules and exceptions) of these therapists around the given local dates:
 * what the agenda's grid needs to draw open and closed time, without the busy periods booking subtracts.
 */
export async function loadWorkingHours(
  executor: Executor,
  therapistIds: readonly string[],
  fromDate: string,
  toDate: string,
  timeZone: string,
): Promise<Omit<TherapistSchedule, "busy">[]> {
  if (therapistIds.length === 0) return [];
  const { from, to } = scheduleWindow(fromDate, toDate, timeZone);
  const ids = [...therapistIds];
  const [rules, exceptions] = await Promise.all([
    executor
      .select({
        therapistId: availabilityRules.therapistId,
        ...weeklyBlockColumns,
      })
      .from(availabilityRules)
      .where(inArray(availabilityRules.therapistId, ids)),
    executor
      .select({ therapistId: availabilityExceptions.therapistId, kind: availabilityExceptions.kind, startsAt: availabilityExceptions.startsAt, endsAt: availabilityExceptions.endsAt })
      .from(availabilityExceptions)
      .where(and(inArray(availabilityExceptions.therapistId, ids), lt(availabilityExceptions.startsAt, to), gt(availabilityExceptions.endsAt, from))),
  ]);
  return ids.map((therapistId) => ({
    therapistId,
    rules: rules.filter((r) => r.therapistId === therapistId),
    exceptions: exceptions.filter((e) => e.therapistId === therapistId),
  }));
}

/**
 * Rules, exceptions, non-cancelled appointments and active holds (decision 016) of these therapists around
 * the given local dates. A hold counts as busy until it expires at `now`; an expired one is free time.
 */
export async function loadSchedules(
  executor: Executor,
  therapistIds: readonly string[],
  fromDate: string,
  toDate: string,
  options: { ignoreAppointmentId?: string; timeZone: string; now?: Date },
): Promise<TherapistSchedule[]> {
  if (therapistIds.length === 0) return [];
  const { from, to } = scheduleWindow(fromDate, toDate, options.timeZone);
  const ids = [...therapistIds];
  const now = options.now ?? new Date();
  const [hours, busy, held] = await Promise.all([
    loadWorkingHours(executor, ids, fromDate, toDate, options.timeZone),
    executor
      .select({ therapistId: appointments.therapistId, startsAt: appointments.startsAt, endsAt: appointments.endsAt })
      .from(appointments)
      .where(
        and(
          inArray(appointments.therapistId, ids),
          ne(appointments.status, "cancelled"),
          lt(appointments.startsAt, to),
          gt(appointments.endsAt, from),
          // A lower bound on the indexed column, so years of history are not scanned (no appointment
          // lasts a day: services are at most 8 hours).
          gt(appointments.startsAt, new Date(from.getTime() - 86_400_000)),
          options.ignoreAppointmentId ? ne(appointments.id, options.ignoreAppointmentId) : undefined,
        ),
      ),
    executor
      .select({ therapistId: bookingHolds.therapistId, startsAt: bookingHolds.startsAt, endsAt: bookingHolds.endsAt })
      .from(bookingHolds)
      .where(and(inArray(bookingHolds.therapistId, ids), gt(bookingHolds.expiresAt, now), lt(bookingHolds.startsAt, to), gt(bookingHolds.endsAt, from))),
  ]);
  return hours.map((schedule) => ({ ...schedule, busy: [...busy, ...held].filter((b) => b.therapistId === schedule.therapistId) }));
}

export type FreeSlotSearch = {
  service: BookableService;
  /** The therapists searched, in the order "no preference" assigns them. */
  therapists: BookableTherapist[];
  slots: MergedSlot[];
  settings: BookingSettings;
};

/**
 * Free start times for a service with one therapist (by slug) or anyone (null). Null when the service or
 * therapist is not bookable.
 */
export async function findFreeSlots(
  request: { serviceSlug: string; therapistSlug: string | null; now?: Date; fromDate?: string; toDate?: string; ignoreAppointmentId?: string },
  executor: Executor = db,
): Promise<FreeSlotSearch | null> {
  const now = request.now ?? new Date();
  const [settings, allServices, allTherapists] = await Promise.all([getBookingSettings(executor), listBookableServices(executor), listBookableTherapists(executor)]);
  const service = allServices.find((s) => s.slug === request.serviceSlug);
  if (!service) return null;
  const chosen = request.therapistSlug === null ? allTherapists : allTherapists.filter((t) => t.slug === request.therapistSlug);
  if (chosen.length === 0) return null;
  const { fromDate, toDate } = searchDates({ now, fromDate: request.fromDate, toDate: request.toDate }, settings);
  const schedules = await loadSchedules(
    executor,
    chosen.map((t) => t.id),
    fromDate,
    toDate,
    { ignoreAppointmentId: request.ignoreAppointmentId, timeZone: settings.timeZone, now },
  );
  const slots = mergedFreeSlots(schedules, { now, durationMinutes: service.minutes, fromDate, toDate }, settings);
  return { service, therapists: chosen, slots, settings };
}
