import "server-only";
import { and, asc, eq, gte, ne } from "drizzle-orm";
import { db } from "@/db";
import { appointments, intakes, patients, services, therapists, users, type TriageOutcome } from "@/db/schema";
import { requireStaff, type SessionLike } from "@/lib/auth/actor";
import { instantAt, todayIn } from "@/lib/time/zone";
import { audit } from "../audit";
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
  intake: {
    id: string;
    createdAt: Date;
    complaintLocation: string;
    complaintSide: string;
    onset: string;
    painNow: number;
    painWorst: number;
    triageOutcome: TriageOutcome;
    redFlags: string[];
    answers: Record<string, unknown>;
  } | null;
};

export async function listUpcomingAppointmentsForStaff(session: SessionLike, now = new Date(), limit = 100): Promise<StaffAppointment[]> {
  const actor = await requireStaff(session);
  const settings = await getBookingSettings();
  const startOfToday = instantAt(todayIn(now, settings.timeZone), 0, settings.timeZone);
  return db.transaction(async (tx) => {
    const rows = await tx
      .select({
        id: appointments.id,
        startsAt: appointments.startsAt,
        endsAt: appointments.endsAt,
        serviceName: services.name,
        therapistName: therapists.displayName,
        patientId: patients.id,
        patientName: patients.fullName,
        dateOfBirth: patients.dateOfBirth,
        phone: patients.phone,
        email: users.email,
        intakeId: intakes.id,
        intakeCreatedAt: intakes.createdAt,
        complaintLocation: intakes.complaintLocation,
        complaintSide: intakes.complaintSide,
        onset: intakes.onset,
        painNow: intakes.painNow,
        painWorst: intakes.painWorst,
        triageOutcome: intakes.triageOutcome,
        redFlags: intakes.redFlags,
        answers: intakes.answers,
      })
      .from(appointments)
      .innerJoin(services, eq(services.id, appointments.serviceId))
      .innerJoin(therapists, eq(therapists.id, appointments.therapistId))
      .innerJoin(patients, eq(patients.id, appointments.patientId))
      .innerJoin(users, eq(users.id, patients.userId))
      .leftJoin(intakes, eq(intakes.appointmentId, appointments.id))
      .where(and(ne(appointments.status, "cancelled"), gte(appointments.startsAt, startOfToday)))
      .orderBy(asc(appointments.startsAt), asc(therapists.sortOrder))
      .limit(limit);
    for (const row of rows) {
      if (!row.intakeId) continue;
      await audit(tx, actor, { action: "intake.viewed", patientId: row.patientId, recordType: "intake", recordId: row.intakeId, details: { view: "staff_appointment_list" } });
    }
    return rows.map((row) => ({
      id: row.id,
      startsAt: row.startsAt,
      endsAt: row.endsAt,
      serviceName: row.serviceName,
      therapistName: row.therapistName,
      patient: { name: row.patientName, dateOfBirth: row.dateOfBirth, phone: row.phone, email: row.email },
      intake:
        row.intakeId && row.triageOutcome && row.intakeCreatedAt
          ? {
              id: row.intakeId,
              createdAt: row.intakeCreatedAt,
              complaintLocation: row.complaintLocation ?? "",
              complaintSide: row.complaintSide ?? "not_applicable",
              onset: row.onset ?? "",
              painNow: row.painNow ?? 0,
              painWorst: row.painWorst ?? 0,
              triageOutcome: row.triageOutcome,
              redFlags: row.redFlags ?? [],
              answers: row.answers ?? {},
            }
          : null,
    }));
  });
}
