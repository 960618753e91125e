import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Notice } from "@/components/ui/notice";
import { AssessmentForm } from "@/components/workspace/assessment-form";
import { AssessmentContentView, ChangesTable } from "@/components/workspace/assessment-view";
import { patientCrumbs, Trail } from "@/components/workspace/trail";
import { getAssessment } from "@/lib/data/staff/assessment-history";
import { formatDateTime } from "@/lib/time/format";
import { contentToValues } from "@/lib/validation/assessment";
import { workspaceSession } from "@/app/area-session";
import { amendAssessmentAction } from "../actions";
import { RevisionIntro } from "@/components/workspace/revision-intro";
import { Section } from "@/components/ui/section";

export const metadata: Metadata = { title: "Beoordeling" };

export default async function AssessmentPage({ params, searchParams }: PageProps<"/praktijk/patienten/[id]/beoordelingen/[assessmentId]">) {
  const { id, assessmentId } = await params;
  const query = await searchParams;
  const session = await workspaceSession(`/praktijk/patienten/${id}/beoordelingen/${assessmentId}`);
  const view = await getAssessment(session, id, assessmentId);
  if (!view) notFound();
  const { latest, patient } = view;
  const history = [...view.revisions].reverse();
  return (
    <>
      <Trail crumbs={[...patientCrumbs(patient), { label: `Beoordeling van ${formatDateTime(view.createdAt)}` }]} />
      <h1 className="text-3xl font-semibold">Beoordeling van {patient.name}</h1>
      <p className="mt-2 text-muted">
        Vastgelegd op {formatDateTime(view.createdAt)}
        {view.appointment ? `, bij de afspraak ${view.appointment.serviceName.toLowerCase()} van ${formatDateTime(view.appointment.startsAt)}` : ""}. Versie{" "}
        {latest.revision}, laatst gewijzigd door {latest.authorName} op {formatDateTime(latest.createdAt)}.
      </p>
      {query.opgeslagen ? (
        <Notice tone="success" live="polite" className="mt-4">
          De beoordeling is opgeslagen.
        </Notice>
      ) : null}
      {query.gewijzigd ? (
        <Notice tone="success" live="polite" className="mt-4">
          De wijziging is opgeslagen als versie {latest.revision}. De eerdere versies blijven bewaard.
        </Notice>
      ) : null}

      <section aria-labelledby="laatste-versie" className="mt-8">
        <h2 id="laatste-versie" className="text-2xl font-semibold">
          Laatste versie
        </h2>
        <div className="mt-4">
          <AssessmentContentView content={latest.content} symmetry={latest.hamstringSymmetry} caption={`Bevindingen per schakel (versie ${latest.revision})`} />
        </div>
      </section>

      <section aria-labelledby="geschiedenis-kop" id="geschiedenis" className="mt-10">
        <h2 id="geschiedenis-kop" className="text-2xl font-semibold">
          Geschiedenis
        </h2>
        <p className="mt-1 text-muted">Elke versie blijft bewaard met wie haar vastlegde en wanneer. Nieuwste bovenaan.</p>
        <ol className="mt-4 space-y-4">
          {history.map((revision) => (
            <li key={revision.id} className="rounded-md border border-line bg-surface p-4">
              <RevisionIntro revision={revision} />
              {revision.revision === 1 ? null : (
                <>
                  <div className="mt-3">
                    <ChangesTable changes={revision.changes} caption={`Wat er veranderde in versie ${revision.revision} ten opzichte van versie ${revision.revision - 1}`} />
                  </div>
                </>
              )}
              {revision.revision !== latest.revision ? (
                <details className="mt-3">
                  <summary className="cursor-pointer font-medium text-brand">Versie {revision.revision} volledig bekijken</summary>
                  <div className="mt-3">
                    <AssessmentContentView content={revision.content} symmetry={revision.hamstringSymmetry} caption={`Bevindingen per schakel (versie ${revision.revision})`} />
                  </div>
                </details>
              ) : null}
            </li>
          ))}
        </ol>
      </section>

      <Section id="wijzigen" title="Wijzigen" className="mt-10">
        <p className="mt-1 max-w-3xl text-muted">
          Het formulier is ingevuld met versie {latest.revision}. Wat je opslaat wordt versie {latest.revision + 1}; de huidige versie blijft ongewijzigd
          bewaard.
        </p>
        <div className="mt-4">
          <AssessmentForm
            action={amendAssessmentAction.bind(null, patient.id, view.id)}
            defaults={contentToValues(latest.content)}
            amend={{ expectedRevision: latest.revision }}
            submitLabel="Wijziging opslaan als nieuwe versie"
          />
        </div>
      </Section>
    </>
  );
}
