import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LinkButton } from "@/components/ui/button";
import { AppointmentStatusTag } from "@/components/workspace/appointment-status";
import { PainFlag } from "@/components/workspace/pain-flag";
import { IntakeReview } from "@/components/workspace/intake-review";
import { PatientTimeline } from "@/components/workspace/patient-timeline";
import { PatientWarningBanner } from "@/components/workspace/warning-signs";
import { Section } from "@/components/ui/section";
import { clinicalWarning } from "@/lib/clinical/warnings";
import { getPatientRecord, type PatientAppointment } from "@/lib/data/staff/patients";
import { getPatientTimeline } from "@/lib/data/staff/timeline";
import { ageOn, formatBirthDate } from "@/lib/time/birth-date";
import { formatCount, formatDate, formatTime } from "@/lib/time/format";
import { todayIn } from "@/lib/time/zone";
import { workspaceSession } from "@/app/area-session";

export const metadata: Metadata = { title: "Patiënt" };

const portalLabels = { active: "Actief", not_activated: "Nog niet geactiveerd", deactivated: "Gedeactiveerd" } as const;

function AppointmentTable({ caption, rows, base }: { caption: string; rows: PatientAppointment[]; base: string }) {
  if (rows.length === 0) return <p className="mt-2 text-muted">{caption}: geen.</p>;
  return (
    <div className="mt-3 overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="text-left font-semibold">{caption}</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="py-2 pr-4">
              Wanneer
            </th>
            <th scope="col" className="py-2 pr-4">
              Behandeling
            </th>
            <th scope="col" className="py-2 pr-4">
              Therapeut
            </th>
            <th scope="col" className="py-2">
              Status
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => (
            <tr key={a.id} className="border-b border-line">
              <th scope="row" className={`py-2 pr-4 font-normal ${a.status === "cancelled" ? "text-muted line-through" : ""}`}>
                <Link href={`${base}/afspraken/${a.id}`} className="underline underline-offset-2">
                  {formatDate(a.startsAt)}, {formatTime(a.startsAt)}–{formatTime(a.endsAt)}
                </Link>
              </th>
              <td className="py-2 pr-4">{a.serviceName}</td>
              <td className="py-2 pr-4">{a.therapistName}</td>
              <td className="py-2">
                <AppointmentStatusTag status={a.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default async function PatientPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const now = new Date();
  const session = await workspaceSession("/praktijk/patienten");
  const record = await getPatientRecord(session, id, now);
  if (!record) notFound();
  const { profile } = record;
  const base = `/praktijk/patienten/${profile.id}`;
  const warning = clinicalWarning(record.intakes);
  const timeline = (await getPatientTimeline(session, profile.id, now)) ?? [];

  return (
    <>
      <p>
        <Link href="/praktijk/patienten" className="underline underline-offset-2">
          ← Alle patiënten
        </Link>
      </p>
      <h1 className="mt-4 text-3xl font-semibold">{profile.name}</h1>
      {warning ? <PatientWarningBanner warning={warning} /> : null}
      <PainFlag flag={record.painFlag} />
      <dl className="mt-4 grid gap-x-8 gap-y-2 sm:grid-cols-2 lg:grid-cols-4">
        <div>
          <dt className="text-sm text-muted">Geboortedatum</dt>
          <dd>
            {formatBirthDate(profile.dateOfBirth)} ({ageOn(profile.dateOfBirth, todayIn(now))} jaar)
          </dd>
        </div>
        <div>
          <dt className="text-sm text-muted">E-mailadres</dt>
          <dd className="break-all">{profile.email}</dd>
        </div>
        <div>
          <dt className="text-sm text-muted">Telefoon</dt>
          <dd>{profile.phone ?? "Niet opgegeven"}</dd>
        </div>
        <div>
          <dt className="text-sm text-muted">Patiëntenportaal</dt>
          <dd>{portalLabels[profile.portal]}</dd>
        </div>
      </dl>
      <p className="mt-6">
        <LinkButton href={`${base}/vervolgafspraak`}>Vervolgafspraak plannen</LinkButton>{" "}
        <Link href={`${base}/screening`} className="ml-4 underline underline-offset-2">
          Intake fase 1, screening en BSN
        </Link>
        <Link href={`${base}/metingen`} className="ml-4 underline underline-offset-2">
          PSK en NPRS
        </Link>
        <Link href={`${base}/verwijderverzoek`} className="ml-4 underline underline-offset-2">
          Verzoeken om verwijdering
        </Link>
      </p>

      <Section id="intakes" title="Intakes" className="mt-10">
        {record.intakes.length === 0 ? <p className="mt-2 text-muted">Nog geen intake.</p> : null}
        {record.intakes.map((intake, index) => {
          return (
            <article key={intake.id} aria-labelledby={`intake-${intake.id}`} className="mt-4 rounded-lg border border-line bg-surface p-4">
              <h3 id={`intake-${intake.id}`} className="text-lg font-semibold">
                Intake van {formatDate(intake.createdAt)}
              </h3>
              <details open={index === 0} className="mt-3">
                <summary className="cursor-pointer font-medium text-brand">Alle antwoorden</summary>
                <IntakeReview intake={intake} />
              </details>
              <p className="mt-3">
                <Link href={`${base}/intake/${intake.id}`} className="underline underline-offset-2">
                  Intake apart openen<span className="sr-only"> ({formatDate(intake.createdAt)})</span>
                </Link>
              </p>
            </article>
          );
        })}
      </Section>

      <Section id="tijdlijn" title="Tijdlijn" className="mt-10">
        <p className="mt-1 text-muted">Bezoeken met hun notitie, beoordelingen, fasen en versies van het plan; nieuwste bovenaan.</p>
        <PatientTimeline items={timeline} patientId={profile.id} />
      </Section>

      <Section id="afspraken" title="Afspraken" className="mt-10">
        <p className="mt-2">
          Niet verschenen: <strong>{record.attendance.noShows}</strong> · Laat afgezegd (binnen {record.attendance.cancelCutoffHours} uur):{" "}
          <strong>{record.attendance.lateCancellations}</strong>
        </p>
        <AppointmentTable caption="Komende afspraken" rows={record.upcoming} base={base} />
        <AppointmentTable caption="Eerdere afspraken" rows={record.past} base={base} />
      </Section>

      <Section id="beoordelingen" title="Beoordelingen van de bewegingsketen" className="mt-10">
        {record.assessments.length === 0 ? (
          <p className="mt-2 text-muted">Nog geen beoordeling.</p>
        ) : (
          <ul className="mt-3 space-y-2">
            {record.assessments.map((a) => (
              <li key={a.id}>
                <Link href={`${base}/beoordelingen/${a.id}`} className="underline underline-offset-2">
                  Beoordeling van {formatDate(a.createdAt)}
                </Link>{" "}
                <span className="text-muted">
                  · door {a.authorName ?? a.authorEmail} · {formatCount(a.revisions, "versie", "versies")}
                </span>
              </li>
            ))}
          </ul>
        )}
        <p className="mt-3">
          <Link href={`${base}/beoordelingen/nieuw`} className="underline underline-offset-2">
            Nieuwe beoordeling
          </Link>
        </p>
      </Section>

      <Section id="oefenplan" title="Oefenplan" className="mt-10">
        {record.plan ? (
          <>
            <p className="mt-2">
              <span className="font-medium">{record.plan.title}</span>
              {record.plan.currentPhase
                ? ` · fase ${record.plan.currentPhase.position} van ${record.plan.phaseCount}: ${record.plan.currentPhase.title}`
                : ` · ${record.plan.phaseCount} fasen`}
              {record.plan.draft ? " · concept, de patiënt ziet het nog niet" : ""}
            </p>
            <p className="mt-2">
              <Link href={`${base}/plan`} className="underline underline-offset-2">
                Plan bekijken en aanpassen
              </Link>
              <Link href={`${base}/voortgang`} className="ml-4 underline underline-offset-2">
                Voortgang en sessies
              </Link>
            </p>
          </>
        ) : (
          <>
            <p className="mt-2 text-muted">Geen actief oefenplan.</p>
            <p className="mt-2">
              <Link href={`${base}/plan`} className="underline underline-offset-2">
                Plan starten
              </Link>
            </p>
          </>
        )}
      </Section>
      <p className="mt-10 text-sm text-muted">Het openen van dit dossier wordt vastgelegd in het inzagelog.</p>
    </>
  );
}
