import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PrintablePlan } from "@/components/portal/printable-plan";
import { PrintButton } from "@/components/portal/print-button";
import { getPlan } from "@/lib/data/plan";
import { portalSession } from "@/app/area-session";
import { todayIn } from "@/lib/time/zone";

export const metadata: Metadata = { title: "Plan afdrukken" };

export default async function PrintPlanPage({ params, searchParams }: { params: Promise<{ planId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { planId } = await params;
  const currentOnly = (await searchParams).fase === "huidig";
  const session = await portalSession(`/portaal/plan/${encodeURIComponent(planId)}/afdrukken`);
  const plan = await getPlan(session, planId);
  if (!plan) notFound();
  return (
    <>
      <div className="no-print mb-8 flex flex-wrap items-center gap-4">
        <PrintButton />
        <Link href={plan.status === "active" ? "/portaal/plan" : `/portaal/plan/${plan.id}`} className="text-link">Terug naar je plan</Link>
        {plan.currentPhaseId ? (
          currentOnly ? (
            <Link href={`/portaal/plan/${plan.id}/afdrukken`} className="text-link">Alle fases afdrukken</Link>
          ) : (
            <Link href={`/portaal/plan/${plan.id}/afdrukken?fase=huidig`} className="text-link">Alleen de huidige fase afdrukken</Link>
          )
        ) : null}
        <p className="w-full text-muted">Elke fase komt op een eigen A4, de huidige met een afvinkschema voor de komende vier weken. Zonder knop: kies ‘Afdrukken’ in het menu van je browser (Ctrl+P of ⌘P).</p>
      </div>
      <PrintablePlan plan={plan} currentOnly={currentOnly && !!plan.currentPhaseId} today={todayIn(new Date())} />
    </>
  );
}
