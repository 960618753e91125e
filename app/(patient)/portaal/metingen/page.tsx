import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { OutcomeForm } from "@/components/outcomes/outcome-form";
import { OutcomeTrend } from "@/components/outcomes/outcome-trend";
import { Notice } from "@/components/ui/notice";
import { Section } from "@/components/ui/section";
import { getOutcomes } from "@/lib/data/outcomes";
import { momentLabels } from "@/lib/outcomes/measures";
import { portalSession } from "@/app/area-session";
import { recordOwnOutcomesAction } from "./actions";

export const metadata: Metadata = { title: "Metingen" };

/** The patient's PSK and NPRS: what is due, the form, and both trends. */
export default async function OutcomesPage({ searchParams }: { searchParams: Promise<{ opgeslagen?: string }> }) {
  const session = await portalSession("/portaal/metingen");
  const view = await getOutcomes(session);
  if (!view) notFound();
  const { opgeslagen } = await searchParams;
  const lastActivities = view.psk.at(-1)?.items.map((i) => i.activity) ?? [];
  return (
    <>
      <h1 className="text-3xl font-semibold">Metingen</h1>
      <p className="mt-2 max-w-2xl">
        Twee korte vragenlijsten laten zien hoe het gaat: de PSK (wat moeilijk gaat, per activiteit een cijfer) en de NPRS (je gemiddelde pijn). Je vult
        ze in bij de start, bij elke nieuwe fase van je plan en aan het eind. Lager is beter.
      </p>
      {opgeslagen ? (
        <Notice tone="success" live="polite" className="mt-4">
          Dank je, je metingen zijn opgeslagen. Je fysiotherapeut ziet ze ook.
        </Notice>
      ) : null}
      {view.due ? (
        <Notice className="mt-4" title={`Meting ${momentLabels[view.due]}`}>
          Vul de vragen hieronder in; het kost een paar minuten.
        </Notice>
      ) : null}
      <section aria-labelledby="verloop" className="mt-8">
        <h2 id="verloop" className="text-2xl font-semibold">
          Verloop
        </h2>
        <h3 className="mt-4 text-lg font-semibold">PSK (gemiddelde van je activiteiten)</h3>
        <OutcomeTrend title="PSK-gemiddelde" points={view.psk} unit="Gemiddelde (0–10)" />
        <h3 className="mt-6 text-lg font-semibold">NPRS (gemiddelde pijn)</h3>
        <OutcomeTrend title="NPRS" points={view.nprs} unit="Pijn (0–10)" />
      </section>
      <Section id="invullen" title="Invullen" className="mt-10">
        <div className="mt-4 max-w-2xl">
          <OutcomeForm action={recordOwnOutcomesAction} audience="patient" previous={lastActivities} />
        </div>
      </Section>
    </>
  );
}
