import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Notice } from "@/components/ui/notice";
import { AppointmentStatusTag } from "@/components/workspace/appointment-status";
import { patientCrumbs, Trail } from "@/components/workspace/trail";
import { VisitNoteForm } from "@/components/workspace/visit-note-form";
import { getVisitNote } from "@/lib/data/staff/visit-notes";
import { formatDateTime, formatTime } from "@/lib/time/format";
import { visitNoteFields, visitNoteLabels } from "@/lib/validation/visit-note";
import { workspaceSession } from "@/app/area-session";
import { saveVisitNoteAction } from "./actions";
import { RevisionIntro } from "@/components/workspace/revision-intro";
import { Section } from "@/components/ui/section";

export const metadata: Metadata = { title: "Behandelnotitie" };

export default async function VisitNotePage({ params, searchParams }: PageProps<"/praktijk/patienten/[id]/afspraken/[appointmentId]">) {
  const { id, appointmentId } = await params;
  const query = await searchParams;
  const session = await workspaceSession(`/praktijk/patienten/${id}/afspraken/${appointmentId}`);
  const view = await getVisitNote(session, id, appointmentId);
  if (!view) notFound();
  const { appointment, note, patient } = view;
  const action = saveVisitNoteAction.bind(null, patient.id, appointment.id);
  const title = `${appointment.serviceName} van ${formatDateTime(appointment.startsAt)}`;
  return (
    <>
      <Trail crumbs={[...patientCrumbs(patient), { label: title }]} />
      <h1 className="text-3xl font-semibold">Behandelnotitie van {patient.name}</h1>
      <p className="mt-2 flex flex-wrap items-center gap-2 text-muted">
        {appointment.serviceName}, {formatDateTime(appointment.startsAt)}–{formatTime(appointment.endsAt)} bij {appointment.therapistName}
        <AppointmentStatusTag status={appointment.status} />
      </p>
      <p className="mt-2">
        <Link href={`/praktijk/patienten/${patient.id}/vervolgafspraak`} className="underline underline-offset-2">
          Vervolgafspraak plannen<span className="sr-only"> voor {patient.name}</span>
        </Link>
      </p>
      {query.opgeslagen ? (
        <Notice tone="success" live="polite" className="mt-4">
          {query.opgeslagen === "1" ? "De notitie is opgeslagen." : `De wijziging is opgeslagen als versie ${String(query.opgeslagen)}. De eerdere versies blijven bewaard.`}
        </Notice>
      ) : null}

      <section aria-labelledby="notitie-kop" id="notitie" className="mt-8">
        <h2 id="notitie-kop" className="text-2xl font-semibold">
          {note ? `Notitie (versie ${note.latest.revision})` : "Notitie schrijven"}
        </h2>
        {note ? (
          <>
            <p className="mt-1 text-muted">
              Laatst vastgelegd door {note.latest.authorName} op {formatDateTime(note.latest.createdAt)}. Een notitie wordt nooit overschreven: aanvullen maakt
              een nieuwe versie.
            </p>
            <dl className="mt-4 space-y-3">
              {visitNoteFields.map((field) => (
                <div key={field}>
                  <dt className="font-semibold">{visitNoteLabels[field]}</dt>
                  <dd className="whitespace-pre-line">{note.latest.content[field] || <span className="text-muted">Niets genoteerd.</span>}</dd>
                </div>
              ))}
            </dl>
            <details className="mt-6">
              <summary className="cursor-pointer font-medium text-brand">Notitie aanvullen of corrigeren</summary>
              <div className="mt-4">
                <VisitNoteForm action={action} defaults={{ ...note.latest.content }} amend={{ expectedRevision: note.latest.revision }} submitLabel="Nieuwe versie opslaan" />
              </div>
            </details>
          </>
        ) : appointment.status === "cancelled" ? (
          <p className="mt-2">Deze afspraak is geannuleerd; er hoort geen notitie bij.</p>
        ) : (
          <div className="mt-4">
            <VisitNoteForm action={action} defaults={{}} submitLabel="Notitie opslaan" />
          </div>
        )}
      </section>

      {note && note.revisions.length > 1 ? (
        <Section id="geschiedenis-kop" title="Geschiedenis" className="mt-10">
          <ol className="mt-4 space-y-4">
            {[...note.revisions].reverse().map((revision) => (
              <li key={revision.revision} className="rounded-md border border-line bg-surface p-4">
                <RevisionIntro revision={revision} />
                {revision.revision === 1 ? null : (
                  <>
                    <table className="mt-3 w-full border-collapse text-left text-sm">
                      <caption className="text-left font-medium">Wat er veranderde ten opzichte van versie {revision.revision - 1}</caption>
                      <thead>
                        <tr className="border-b border-line">
                          <th scope="col" className="py-1 pr-3">Kopje</th>
                          <th scope="col" className="py-1 pr-3">Was</th>
                          <th scope="col" className="py-1">Werd</th>
                        </tr>
                      </thead>
                      <tbody>
                        {revision.changes.map((change) => (
                          <tr key={change.field} className="border-b border-line align-top">
                            <th scope="row" className="py-1 pr-3 font-medium">{change.label}</th>
                            <td className="whitespace-pre-line py-1 pr-3">
                              <del>{change.before || "(leeg)"}</del>
                            </td>
                            <td className="whitespace-pre-line py-1">
                              <ins className="no-underline">{change.after || "(leeg)"}</ins>
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </>
                )}
              </li>
            ))}
          </ol>
        </Section>
      ) : null}
    </>
  );
}
