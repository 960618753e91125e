import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProgressView, progressQuery } from "@/components/portal/progress-view";
import { Notice } from "@/components/ui/notice";
import { patientCrumbs, Trail } from "@/components/workspace/trail";
import { getProgress } from "@/lib/data/progress";
import { workspaceSession } from "@/app/area-session";

export const metadata: Metadata = { title: "Voortgang" };

/** The patient's progress as the therapist reads it: the same charts and session rows the patient sees. */
export default async function StaffProgressPage({ params, searchParams }: PageProps<"/praktijk/patienten/[id]/voortgang">) {
  const { id } = await params;
  const base = `/praktijk/patienten/${id}/voortgang`;
  const session = await workspaceSession(base);
  const query = progressQuery(await searchParams);
  const progress = await getProgress(session, id, new Date(), query.period);
  if (!progress?.patient) notFound();
  return (
    <>
      <Trail crumbs={[...patientCrumbs(progress.patient), { label: "Voortgang" }]} />
      <h1 className="text-3xl font-semibold">Voortgang van {progress.patient.name}</h1>
      {progress.plan ? (
        <>
          <p className="mt-2 text-muted">{progress.plan.title}</p>
          <ProgressView progress={progress} base={base} who="staff" page={query.page} />
        </>
      ) : (
        <Notice className="mt-6">Deze patiënt heeft nog geen oefenplan.</Notice>
      )}
    </>
  );
}
