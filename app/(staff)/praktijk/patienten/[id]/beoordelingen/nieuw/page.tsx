import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AssessmentForm } from "@/components/workspace/assessment-form";
import { patientCrumbs, Trail } from "@/components/workspace/trail";
import { getAssessmentFormContext } from "@/lib/data/staff/assessments";
import { formatDateTime } from "@/lib/time/format";
import { workspaceSession } from "@/app/area-session";
import { createAssessmentAction } from "../actions";

export const metadata: Metadata = { title: "Nieuwe beoordeling" };

export default async function NewAssessmentPage({ params }: PageProps<"/praktijk/patienten/[id]/beoordelingen/nieuw">) {
  const { id } = await params;
  const session = await workspaceSession(`/praktijk/patienten/${id}/beoordelingen/nieuw`);
  const context = await getAssessmentFormContext(session, id);
  if (!context) notFound();
  const { patient, appointments, suggestedAppointmentId } = context;
  return (
    <>
      <Trail crumbs={[...patientCrumbs(patient), { label: "Nieuwe beoordeling" }]} />
      <h1 className="text-3xl font-semibold">Bewegingsketenanalyse van {patient.name}</h1>
      <p className="mt-2 max-w-3xl text-muted">
        Leg per schakel van de keten vast wat je ziet en meet, van de voeten omhoog. Alle velden mogen leeg blijven. Een
        opgeslagen beoordeling wordt nooit overschreven: een wijziging wordt een nieuwe versie.
      </p>
      <div className="mt-8">
        <AssessmentForm
          action={createAssessmentAction.bind(null, patient.id)}
          defaults={{ appointmentId: suggestedAppointmentId ?? "" }}
          appointments={appointments.map((a) => ({ value: a.id, label: `${formatDateTime(a.startsAt)} · ${a.serviceName}` }))}
          submitLabel="Beoordeling opslaan"
        />
      </div>
    </>
  );
}
