import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { db } from "@/db";
import { appointments, intakes, services } from "@/db/schema";
import { requirePatient, type SessionLike } from "@/lib/auth/actor";
import { intakeSummaryColumns } from "./internal/query-shapes";
import { isUuid } from "./patient-scope";

/**
 * The patient's own intakes, as they filled them in, for *Mijn gegevens*. The complete answers are in the
 * data export; the portal shows the summary. Any intake id that is not the patient's own is "not found".
 */
export type OwnIntakeSummary = {
  id: string;
  createdAt: Date;
  complaintLocation: string;
  complaintSide: "left" | "right" | "both" | "not_applicable";
  onset: "acute" | "gradual";
  painNow: number;
  painWorst: number;
};

/**
 * Each intake once, with the appointment it was filled in for, so that two intakes of one day are told
 * apart by what they were for (issue 12, point 19), not listed as the same line twice.
 */
export type OwnIntakeListItem = OwnIntakeSummary & { appointment: { serviceName: string; startsAt: Date } | null };

export async function listOwnIntakes(session: SessionLike): Promise<OwnIntakeListItem[]> {
  const { patientId } = await requirePatient(session);
  const rows = await db
    .select({ ...intakeSummaryColumns, serviceName: services.name, startsAt: appointments.startsAt })
    .from(intakes)
    .leftJoin(appointments, eq(appointments.id, intakes.appointmentId))
    .leftJoin(services, eq(services.id, appointments.serviceId))
    .where(eq(intakes.patientId, patientId))
    .orderBy(desc(intakes.createdAt), desc(intakes.id));
  const seen = new Set<string>();
  return rows.flatMap(({ serviceName, startsAt, ...intake }) => {
    if (seen.has(intake.id)) return [];
    seen.add(intake.id);
    return [{ ...intake, appointment: serviceName && startsAt ? { serviceName, startsAt } : null }];
  });
}

/** How an intake is named in the list: what it was for, and when it was filled in. */
export function intakeListLabel(item: OwnIntakeListItem, format: { date: (d: Date) => string; dateTime: (d: Date) => string }): string {
  const filledIn = `ingevuld op ${format.dateTime(item.createdAt)}`;
  return item.appointment ? `Intake voor ${item.appointment.serviceName} op ${format.date(item.appointment.startsAt)} (${filledIn})` : `Intake, ${filledIn}`;
}

export async function getOwnIntake(session: SessionLike, intakeId: string): Promise<(OwnIntakeSummary & { consentAt: Date }) | null> {
  const { patientId } = await requirePatient(session);
  if (!isUuid(intakeId)) return null;
  const [row] = await db
    .select({ ...intakeSummaryColumns, consentAt: intakes.consentAt })
    .from(intakes)
    .where(and(eq(intakes.id, intakeId), eq(intakes.patientId, patientId)))
    .limit(1);
  return row ?? null;
}
