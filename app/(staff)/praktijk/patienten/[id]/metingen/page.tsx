import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { OutcomeForm } from "@/components/outcomes/outcome-form";
import { OutcomeTrend } from "@/components/outcomes/outcome-trend";
import { Notice } from "@/components/ui/notice";
import { patientCrumbs, Trail } from "@/components/workspace/trail";
import { Section } from "@/components/ui/section";
import { getOutcomes } from "@/lib/data/outcomes";
import { getPatientRecord } from "@/lib/data/staff/patients";
import { momentLabels } from "@/lib/outcomes/measures";
import { workspaceSession } from "@/app/area-session";
import { recordOutcomesAction } from "./actions";

export const metadata: Metadata = { title: "PSK en NPRS" };

export default async function StaffOutcomesPage({ params, searchParams }: PageProps<"/praktijk/patienten/[id]/metingen">) {
  const { id } = await params;
  const query = await searchParams;
  const session = await workspaceSession(`/praktijk/patienten/${id}/metingen`);
  const view = await getOutcomes(session, id);
  if (!view) notFound();
  const record = await getPatientRecord(session, view.patientId);
  if (!record) notFound();
  const patient = { id: record.profile.id, name: record.profile.name };
  return (
    <>
      <Trail crumbs={[...patientCrumbs(patient), { label: "PSK en NPRS" }]} />
      <h1 className="text-3xl font-semibold">PSK en NPRS van {patient.name}</h1>
      {query.opgeslagen ? (
        <Notice tone="success" live="polite" className="mt-4">
          De metingen zijn opgeslagen.
        </Notice>
      ) : null}
      {view.due ? <p className="mt-3 font-medium">Volgens het plan is nu een meting {momentLabels[view.due]} aan de beurt.</p> : null}
      <section aria-labelledby="verloop" className="mt-6">
        <h2 id="verloop" className="text-2xl font-semibold">
          Verloop
        </h2>
        <h3 className="mt-4 text-lg font-semibold">PSK-gemiddelde</h3>
        <OutcomeTrend title="PSK-gemiddelde" points={view.psk} unit="Gemiddelde (0–10)" />
        {view.psk.length ? (
          <p className="mt-2 text-sm">Laatste activiteiten: {view.psk.at(-1)!.items.map((i) => `${i.activity} (${i.score})`).join(", ")}</p>
        ) : null}
        <h3 className="mt-6 text-lg font-semibold">NPRS</h3>
        <OutcomeTrend title="NPRS" points={view.nprs} unit="Pijn (0–10)" />
      </section>
      <Section id="invullen" title="Invullen met de patiënt" className="mt-10">
        <div className="mt-4 max-w-2xl">
          <OutcomeForm action={recordOutcomesAction.bind(null, patient.id)} audience="staff" previous={view.psk.at(-1)?.items.map((i) => i.activity) ?? []} />
        </div>
      </Section>
    </>
  );
}
