import "server-only";
import { and, asc, eq, gt, inArray, lt } from "drizzle-orm";
import type { Executor, Transaction } from "@/db";
import { appointments, patients, services, therapists } from "@/db/schema";
import type { StaffActor } from "@/lib/auth/actor";
import { todayIn } from "@/lib/time/zone";
import { auditMany } from "../audit";
import { isUuid } from "../patient-scope";
import { getBookingSettings } from "../practice-settings";

/**
 * What the opening hours (opening-hours.ts) and the absences and extra hours (absences.ts) share: whose hours
 * an actor may manage, the refusals, the practice's today, and the appointments an absence falls on.
 */

export type Refusal = { ok: false; reason: "not_found" } | { ok: false; reason: "invalid"; field: string; message: string };
export type HoursChange = { ok: true; therapistId: string } | Refusal;

export type Scope = { actor: StaffActor; therapist: { id: string; displayName: string } };

/** The therapist if this actor may manage their hours; null otherwise (also for a malformed id). */
export async function therapistInScope(executor: Executor, actor: StaffActor, therapistId: string | null | undefined): Promise<Scope["therapist"] | null> {
  if (!isUuid(therapistId)) return null;
  if (actor.role !== "admin" && actor.therapistId !== therapistId) return null;
  const [row] = await executor.select({ id: therapists.id, displayName: therapists.displayName }).from(therapists).where(eq(therapists.id, therapistId)).limit(1);
  return row ?? null;
}

export const notFound = { ok: false, reason: "not_found" } as const;
export const invalid = (field: string, message: string): Refusal => ({ ok: false, reason: "invalid", field, message });

export async function today(executor: Executor, now: Date): Promise<{ today: string; zone: string }> {
  const { timeZone } = await getBookingSettings(executor);
  return { today: todayIn(now, timeZone), zone: timeZone };
}

export type ConflictingAppointment = { id: string; startsAt: Date; endsAt: Date; patientName: string; serviceName: string };

/** Planned appointments of a therapist within [from, to); every one listed is a read of a patient's record. */
export async function conflictingAppointments(tx: Transaction, actor: StaffActor, therapistId: string, from: Date, to: Date): Promise<ConflictingAppointment[]> {
  const rows = await tx
    .select({
      id: appointments.id,
      startsAt: appointments.startsAt,
      endsAt: appointments.endsAt,
      patientId: patients.id,
      patientName: patients.fullName,
      serviceName: services.name,
    })
    .from(appointments)
    .innerJoin(patients, eq(patients.id, appointments.patientId))
    .innerJoin(services, eq(services.id, appointments.serviceId))
    .where(and(eq(appointments.therapistId, therapistId), inArray(appointments.status, ["confirmed", "requested"]), lt(appointments.startsAt, to), gt(appointments.endsAt, from)))
    .orderBy(asc(appointments.startsAt));
  await auditMany(
    tx,
    actor,
    rows.map((row) => ({ action: "appointment.viewed", patientId: row.patientId, recordType: "appointment", recordId: row.id, details: { view: "absence_conflicts" } })),
  );
  return rows.map(({ id, startsAt, endsAt, patientName, serviceName }) => ({ id, startsAt, endsAt, patientName, serviceName }));
}
