import { notFound, redirect } from "next/navigation";
import { findAppointmentPatientId } from "@/lib/data/staff/visit-notes";
import { workspaceSession } from "@/app/area-session";

/**
 * The agenda grid's short link to an appointment: half the bytes of its full address, which everyone's week
 * repeats 500+ times in its HTML (npm run bench, clinical). It leads on to the appointment's page (note, state,
 * follow-up) under its patient.
 */
export default async function AppointmentLinkPage({ params }: PageProps<"/praktijk/afspraken/[id]">) {
  const { id } = await params;
  const patientId = await findAppointmentPatientId(await workspaceSession(`/praktijk/afspraken/${id}`), id);
  if (!patientId) notFound();
  redirect(`/praktijk/patienten/${patientId}/afspraken/${id}`);
}
