import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Notice } from "@/components/ui/notice";
import { BsnForm, ScreeningForm } from "@/components/workspace/screening-forms";
import { patientCrumbs, Trail } from "@/components/workspace/trail";
import { Section } from "@/components/ui/section";
import { getPhaseOne, type ScreeningView } from "@/lib/data/staff/screening";
import { formatDateTime } from "@/lib/time/format";
import { accessLabels, determinants, idDocumentLabels, outcomeLabels } from "@/lib/validation/screening";
import { workspaceSession } from "@/app/area-session";
import { recordBsnAction, saveScreeningAction } from "./actions";

export const metadata: Metadata = { title: "Intake fase 1 en screening" };

function defaultsFrom(s: ScreeningView | null, goals: string | null): Record<string, string> {
  if (!s) return { helpQuestion: goals ?? "" };
  const values: Record<string, string> = {
    helpQuestion: s.helpQuestion,
    gpName: s.gpName,
    gpPractice: s.gpPractice,
    insurer: s.insurer,
    access: s.access,
    referrerName: s.referrerName,
    referralDate: s.referralDate ?? "",
    outcome: s.outcome ?? "",
    outcomeNote: s.outcomeNote,
    confirmed: s.confirmed ? "ja" : "",
  };
  for (const d of determinants) {
    const answer = s.determinants[d.code];
    if (answer) {
      values[`det_${d.code}`] = answer.present ? "ja" : "nee";
      values[`det_${d.code}_note`] = answer.note;
    }
  }
  return values;
}

export default async function ScreeningPage({ params, searchParams }: PageProps<"/praktijk/patienten/[id]/screening">) {
  const { id } = await params;
  const query = await searchParams;
  const session = await workspaceSession(`/praktijk/patienten/${id}/screening`);
  const view = await getPhaseOne(session, id);
  if (!view) notFound();
  const s = view.screening;
  return (
    <>
      <Trail crumbs={[...patientCrumbs(view.patient), { label: "Intake fase 1" }]} />
      <h1 className="text-3xl font-semibold">Intake fase 1 van {view.patient.name}</h1>
      {query.opgeslagen ? (
        <Notice tone="success" live="polite" className="mt-4">
          De screening is opgeslagen als versie {String(query.opgeslagen)}. Eerdere versies blijven bewaard.
        </Notice>
      ) : null}
      {query.bsn ? (
        <Notice tone="success" live="polite" className="mt-4">
          Het BSN is versleuteld vastgelegd.
        </Notice>
      ) : null}
      {s ? (
        <section aria-labelledby="huidig" className="mt-6 rounded-lg border border-line bg-surface p-4">
          <h2 id="huidig" className="text-xl font-semibold">
            Versie {s.revision} · {s.confirmed ? "bevestigd bij het eerste bezoek" : "nog niet bevestigd"}
          </h2>
          <p className="text-sm text-muted">
            Vastgelegd door {s.recordedByName} op {formatDateTime(s.createdAt)}
            {s.amendmentReason ? ` · reden: ${s.amendmentReason}` : ""}
          </p>
          <p className={`mt-2 font-semibold ${s.outcome === "niet_pluis" ? "text-alert" : ""}`}>{s.outcome ? outcomeLabels[s.outcome] : "Screening nog niet beoordeeld"}</p>
          <p className="mt-1">{accessLabels[s.access]}{s.access === "referral" ? ` door ${s.referrerName}${s.referralDate ? ` (${s.referralDate})` : ""}` : ""}</p>
          <p className="mt-1">Medische determinanten: {s.nothingPresent ? "gevraagd, niets aanwezig" : determinants.filter((d) => s.determinants[d.code]?.present).map((d) => `${d.label}: ${s.determinants[d.code]!.note}`).join("; ")}</p>
        </section>
      ) : null}
      <section aria-labelledby="formulier" className="mt-8">
        <h2 id="formulier" className="text-2xl font-semibold">
          {s ? "Screening aanvullen of bevestigen" : "Screening vastleggen"}
        </h2>
        <div className="mt-4">
          <ScreeningForm action={saveScreeningAction.bind(null, view.patient.id)} defaults={defaultsFrom(s, view.intakeGoals)} amend={!!s} />
        </div>
      </section>
      <Section id="bsn-kop" title="BSN" className="mt-10">
        <p className="mt-1">
          {view.bsn
            ? `${view.bsn.masked} · ${idDocumentLabels[view.bsn.idDocument as keyof typeof idDocumentLabels]} gecontroleerd door ${view.bsn.checkedByName} op ${formatDateTime(view.bsn.checkedAt)}`
            : "Nog geen BSN vastgelegd."}
        </p>
        <p className="mt-1 text-sm text-muted">Het BSN wordt versleuteld opgeslagen en nooit volledig getoond. Leg het alleen vast na controle van een identiteitsbewijs.</p>
        <div className="mt-4 max-w-md">
          <BsnForm action={recordBsnAction.bind(null, view.patient.id)} />
        </div>
      </Section>
    </>
  );
}
