import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ErasureAnswerForm } from "@/components/workspace/erasure-answer-form";
import { patientCrumbs, Trail } from "@/components/workspace/trail";
import { Notice } from "@/components/ui/notice";
import { Section } from "@/components/ui/section";
import { ERASURE_EXPLANATION } from "@/lib/clinical/erasure-answer";
import { getPatientErasureRequests } from "@/lib/data/staff/erasure";
import { formatDateTime } from "@/lib/time/format";
import { workspaceSession } from "@/app/area-session";
import { answerErasureAction } from "./actions";

export const metadata: Metadata = { title: "Verzoek om verwijdering" };

/** A patient's requests for erasure and the answer the law asks (decision 024). */
export default async function ErasureRequestPage({ params, searchParams }: PageProps<"/praktijk/patienten/[id]/verwijderverzoek">) {
  const { id } = await params;
  const { beantwoord } = await searchParams;
  const view = await getPatientErasureRequests(await workspaceSession(`/praktijk/patienten/${id}/verwijderverzoek`), id);
  if (!view) notFound();
  const open = view.requests.find((request) => request.status === "open");
  return (
    <>
      <Trail crumbs={[...patientCrumbs(view.patient), { label: "Verzoek om verwijdering" }]} />
      <h1 className="text-3xl font-semibold">Verzoek om verwijdering van {view.patient.name}</h1>
      {beantwoord ? (
        <Notice tone="success" live="polite" className="mt-4">
          Het antwoord is verstuurd. {beantwoord === "gesloten" ? "Het portaalaccount is gesloten; het dossier blijft bewaard." : "Het dossier blijft bewaard."}
        </Notice>
      ) : null}
      {view.accountClosed ? <p className="mt-4">Het portaalaccount van deze patiënt is gesloten.</p> : null}
      {view.requests.length === 0 ? <p className="mt-6">Deze patiënt heeft geen verzoek om verwijdering gedaan.</p> : null}
      {open ? (
        <section aria-labelledby="open" className="mt-6">
          <h2 id="open" className="text-2xl font-semibold">
            Open verzoek van {formatDateTime(open.createdAt)}
          </h2>
          {open.message ? <blockquote className="mt-3 max-w-2xl border-l-4 border-line pl-4 whitespace-pre-line">{open.message}</blockquote> : null}
          <h3 className="mt-6 text-lg font-semibold">Wat de wet vraagt</h3>
          <p className="mt-2 max-w-2xl">
            Het medisch dossier blijft 20 jaar na de laatste wijziging bewaard (WGBO); de AVG geeft daarvoor voorrang aan die bewaarplicht. Een
            apart verzoek om vernietiging (art. 7:455 BW) beoordeel je als therapeut. Deze uitleg gaat mee naar de patiënt:
          </p>
          <div className="mt-3 max-w-2xl space-y-2 rounded-lg border border-line bg-surface p-4">
            {ERASURE_EXPLANATION.map((paragraph) => (
              <p key={paragraph}>{paragraph}</p>
            ))}
          </div>
          <ErasureAnswerForm action={answerErasureAction.bind(null, view.patient.id)} requestId={open.id} />
        </section>
      ) : null}
      {view.requests.some((request) => request.status === "answered") ? (
        <Section id="eerder" title="Beantwoorde verzoeken" className="mt-10">
          <ul className="mt-3 space-y-2">
            {view.requests
              .filter((request) => request.status === "answered")
              .map((request) => (
                <li key={request.id}>
                  Verzoek van {formatDateTime(request.createdAt)}, beantwoord op {request.answeredAt ? formatDateTime(request.answeredAt) : "–"}:{" "}
                  {request.accountClosed ? "dossier bewaard, portaalaccount gesloten." : "dossier bewaard."}
                </li>
              ))}
          </ul>
        </Section>
      ) : null}
    </>
  );
}
