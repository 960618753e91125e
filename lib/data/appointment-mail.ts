import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db";
import { appointments, patients, practiceSettings, services, therapists, users } from "@/db/schema";
import type { AppointmentMailDetails } from "@/lib/mail/appointment-emails";
import { env } from "@/lib/env";

/** The appointment as its e-mails describe it, read inside the transaction that changed it. */
export async function appointmentMailDetails(executor: Executor, appointmentId: string, cancelCutoffHours: number): Promise<AppointmentMailDetails> {
  const [row] = await executor
    .select({
      appointmentId: appointments.id,
      sequence: appointments.icsSequence,
      startsAt: appointments.startsAt,
      endsAt: appointments.endsAt,
      serviceName: services.name,
      serviceMinutes: services.minutes,
      therapistName: therapists.displayName,
      patientName: patients.fullName,
      to: users.email,
    })
    .from(appointments)
    .innerJoin(services, eq(services.id, appointments.serviceId))
    .innerJoin(therapists, eq(therapists.id, appointments.therapistId))
    .innerJoin(patients, eq(patients.id, appointments.patientId))
    .innerJoin(users, eq(users.id, patients.userId))
    .where(eq(appointments.id, appointmentId))
    .limit(1);
  if (!row) throw new Error(`appointment ${appointmentId} vanished inside its transaction`);
  const [rules] = await executor.select({ policy: practiceSettings.cancellationPolicy }).from(practiceSettings).where(eq(practiceSettings.id, 1)).limit(1);
  return { ...row, cancelCutoffHours, cancellationPolicy: rules?.policy ?? "" };
}

/** Absolute links for e-mails. */
export const appLinks = {
  manage: (token: string) => `${env.APP_URL}/afspraak/beheer/${token}`,
  activate: (token: string) => `${env.APP_URL}/wachtwoord/activeren/${token}`,
  portal: () => `${env.APP_URL}/portaal`,
  book: () => `${env.APP_URL}/afspraak`,
};
