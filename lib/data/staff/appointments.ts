import "server-only";
import { and, asc, eq, gte, ne } from "drizzle-orm";
import { db } from "@/db";
import { appointments, intakes, patients, services, therapists, users } from "@/db/schema";
import { requireStaff, type SessionLike } from "@/lib/auth/actor";
import { instantAt, todayIn } from "@/lib/time/zone";
import { auditMany } from "../audit";
import type { PatientIntake } from "./patients";
import { appointmentColumns, appointmentJoins, intakeColumns } from "../internal/query-shapes";
import { getBookingSettings } from "../practice-settings";

/**
 * The practice's plain list of upcoming appointments with their intakes. Staff only; every intake shown
 * is a read of a patient's record and gets its audit event, in the same transaction as the read.
 */
export type StaffAppointment = {
  id: string;
  startsAt: Date;
  endsAt: Date;
  serviceName: string;
  therapistName: string;
  patient: { name: string; dateOfBirth: string; phone: string | null; email: string };
  /** The intake booked with the appointment (the same shape as on the patient's record). */
  intake: PatientIntake | null;
};

export async function listUpcomingAppointmentsForStaff(session: SessionLike, now = new Date(), limit = 100): Promise<StaffAppointment[]> {
  const actor = await requireStaff(session);
  const settings = await getBookingSettings();
  const startOfToday = instantAt(todayIn(now, settings.timeZone), 0, settings.timeZone);
  return db.transaction(async (tx) => {
    const rows = await tx
      .select({
        ...appointmentColumns,
        patientId: patients.id,
        patientName: patients.fullName,
        dateOfBirth: patients.dateOfBirth,
        phone: patients.phone,
        email: users.email,
        intake: intakeColumns,
      })
      .from(appointments)
      .innerJoin(services, appointmentJoins.service)
      .innerJoin(therapists, appointmentJoins.therapist)
      .innerJoin(patients, eq(patients.id, appointments.patientId))
      .innerJoin(users, eq(users.id, patients.userId))
      .leftJoin(intakes, eq(intakes.appointmentId, appointments.id))
      .where(and(ne(appointments.status, "cancelled"), gte(appointments.startsAt, startOfToday)))
      .orderBy(asc(appointments.startsAt), asc(therapists.sortOrder))
      .limit(limit);
    await auditMany(
      tx,
      actor,
      rows.flatMap((row) => (row.intake ? [{ action: "intake.viewed", patientId: row.patientId, recordType: "intake", recordId: row.intake.id, details: { view: "staff_appointment_list" } }] : [])),
    );
    return rows.map(({ id, startsAt, endsAt, serviceName, therapistName, patientName, dateOfBirth, phone, email, intake }) => ({
      id,
      startsAt,
      endsAt,
      serviceName,
      therapistName,
      patient: { name: patientName, dateOfBirth, phone, email },
      intake: intake ? { ...intake, redFlags: intake.redFlags ?? [] } : null,
    }));
  });
}
