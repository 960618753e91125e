import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LinkButton } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { AdvanceForm } from "@/components/workspace/plan-forms";
import { measurementNote } from "@/components/workspace/plan-parts";
import { patientCrumbs, Trail } from "@/components/workspace/trail";
import { getPlanWorkspace } from "@/lib/data/staff/plans";
import { workspaceSession } from "@/app/area-session";
import { advanceAction } from "../actions";

export const metadata: Metadata = { title: "Doorzetten naar de volgende fase" };

/**
 * Advancing the patient: the current phase's exit criteria as a checklist. A numeric strength criterion is
 * pre-ticked when the latest assessment's symmetry meets it. All met, or an explicit "toch doorzetten" with
 * a reason.
 */
export default async function AdvancePage({ params }: PageProps<"/praktijk/patienten/[id]/plan/doorzetten">) {
  const { id } = await params;
  const session = await workspaceSession(`/praktijk/patienten/${id}/plan/doorzetten`);
  const workspace = await getPlanWorkspace(session, id);
  if (!workspace) notFound();
  const { patient, plan } = workspace;
  const base = `/praktijk/patienten/${patient.id}/plan`;
  const current = plan?.phases.find((p) => p.status === "current");
  const next = current ? plan?.phases.find((p) => p.position > current.position && p.status === "upcoming") : undefined;
  return (
    <>
      <Trail crumbs={[...patientCrumbs(patient), { href: base, label: "Oefenplan" }, { label: "Doorzetten" }]} />
      <h1 className="text-3xl font-semibold">Doorzetten naar de volgende fase</h1>
      {!plan || !current ? (
        <>
          <Notice className="mt-6">{patient.name} heeft geen lopend plan met een huidige fase.</Notice>
          <p className="mt-4">
            <LinkButton href={base} variant="secondary">
              Naar het oefenplan
            </LinkButton>
          </p>
        </>
      ) : (
        <>
          <p className="mt-2 max-w-3xl">
            {patient.name} zit in fase {current.position}, {current.title}.{" "}
            {next ? `Na het doorzetten begint fase ${next.position}, ${next.title}.` : "Dit is de laatste fase: doorzetten voltooit het plan."} Vink aan welke
            criteria gehaald zijn. Wie doorzet en wanneer wordt vastgelegd.
          </p>
          <div className="mt-6 max-w-3xl">
            <AdvanceForm
              action={advanceAction.bind(null, patient.id, current.id, current.exitCriteria.length)}
              nextPhaseTitle={next?.title ?? null}
              criteria={workspace.currentCriteria.map((check) => ({
                criterion: check.criterion,
                suggestedMet: check.metByMeasurement === true,
                measurementNote: measurementNote(check),
              }))}
            />
          </div>
        </>
      )}
    </>
  );
}
