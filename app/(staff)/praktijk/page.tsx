import type { Metadata } from "next";
import Form from "next/form";
import Link from "next/link";
import { PainFlag } from "@/components/workspace/pain-flag";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { AgendaGrid, buildColumns } from "@/components/workspace/agenda-grid";
import { AppointmentStatusTag } from "@/components/workspace/appointment-status";
import { MarkAttendanceForm } from "@/components/workspace/mark-attendance-form";
import { warningBorder, WarningSignsMarker } from "@/components/workspace/warning-signs";
import { clinicalWarning, warningTitles, type ClinicalWarning } from "@/lib/clinical/warnings";
import { listAgenda, type AgendaEntry } from "@/lib/data/staff/agenda";
import { formatCalendarDate, formatCount, formatTime } from "@/lib/time/format";
import { addDays, todayIn, wallClockAt } from "@/lib/time/zone";
import { agendaHref, agendaRange, agendaSteps, ALL_THERAPISTS, parseAgendaChoice } from "@/lib/validation/agenda";
import { markAttendanceAction } from "./actions";
import { workspaceSession } from "@/app/area-session";

export const metadata: Metadata = { title: "Agenda" };

const dateLabel = (date: string) => formatCalendarDate(date).replace(/ \d{4}$/, "");

function Entry({ entry, showTherapist }: { entry: AgendaEntry; showTherapist: boolean }) {
  const headingId = `afspraak-${entry.id}`;
  const cancelled = entry.status === "cancelled";
  const warning = entry.intake && !cancelled ? clinicalWarning([entry.intake]) : null;
  return (
    <li className={`rounded-lg border bg-surface p-4 ${warningBorder(warning?.level)}`}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={headingId} className={`text-lg font-semibold ${cancelled ? "text-muted line-through" : ""}`}>
          {formatTime(entry.startsAt)}–{formatTime(entry.endsAt)} ·{" "}
          <Link href={`/praktijk/patienten/${entry.patient.id}`} className="underline underline-offset-2">
            {entry.patient.name}
          </Link>
          <PainFlag flag={entry.painFlag} compact />
        </h3>
        <AppointmentStatusTag status={entry.status} />
      </div>
      <p className="mt-1 text-sm text-muted">
        {entry.serviceName}
        {showTherapist ? ` · ${entry.therapist.displayName}` : ""}
      </p>
      {cancelled ? (
        <p className="mt-1 text-sm">
          <span className="text-muted">Reden van afzeggen:</span> {entry.cancellationReason || "niet opgegeven"}
        </p>
      ) : null}
      {warning ? <WarningSignsMarker warning={warning} className="mt-2" /> : null}
      <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {entry.intake ? (
          <Link href={`/praktijk/patienten/${entry.patient.id}/intake/${entry.intake.id}`} className="underline underline-offset-2">
            Intake openen<span className="sr-only"> van {entry.patient.name}</span>
          </Link>
        ) : (
          <span className="text-muted">Geen intake bij deze afspraak</span>
        )}
        {!cancelled ? (
          <Link href={`/praktijk/patienten/${entry.patient.id}/afspraken/${entry.id}`} className="underline underline-offset-2">
            Behandelnotitie<span className="sr-only"> van {entry.patient.name}</span>
          </Link>
        ) : null}
        {!cancelled ? (
          <Link href={`/praktijk/patienten/${entry.patient.id}/vervolgafspraak`} className="underline underline-offset-2">
            Vervolgafspraak plannen<span className="sr-only"> voor {entry.patient.name}</span>
          </Link>
        ) : null}
      </p>
      {entry.canMark ? <MarkAttendanceForm action={markAttendanceAction} appointmentId={entry.id} describedBy={headingId} /> : null}
    </li>
  );
}

/** One line per patient (not per appointment), urgent first: the earliest flagged appointment in view. */
function patientWarnings(entries: AgendaEntry[]): { patient: AgendaEntry["patient"]; warning: ClinicalWarning; startsAt: Date }[] {
  const byPatient = new Map<string, { patient: AgendaEntry["patient"]; intakes: NonNullable<AgendaEntry["intake"]>[]; startsAt: Date }>();
  for (const entry of entries) {
    if (!entry.intake || entry.status === "cancelled") continue;
    const seen = byPatient.get(entry.patient.id);
    if (seen) seen.intakes.push(entry.intake);
    else byPatient.set(entry.patient.id, { patient: entry.patient, intakes: [entry.intake], startsAt: entry.startsAt });
  }
  return [...byPatient.values()]
    .map(({ patient, intakes, startsAt }) => ({ patient, startsAt, warning: clinicalWarning(intakes) }))
    .filter((w): w is { patient: AgendaEntry["patient"]; startsAt: Date; warning: ClinicalWarning } => w.warning !== null)
    .sort((a, b) => (a.warning.level === b.warning.level ? a.startsAt.getTime() - b.startsAt.getTime() : a.warning.level === "urgent" ? -1 : 1));
}

function DayList({ entries, showTherapist }: { entries: AgendaEntry[]; showTherapist: boolean }) {
  if (entries.length === 0) return <p className="mt-3 text-muted">Geen afspraken.</p>;
  return (
    <ul className="mt-3 space-y-3">
      {entries.map((entry) => (
        <Entry key={entry.id} entry={entry} showTherapist={showTherapist} />
      ))}
    </ul>
  );
}

export default async function AgendaPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const now = new Date();
  const today = todayIn(now);
  const choice = parseAgendaChoice(params, today);
  const range = agendaRange(choice);
  const agenda = await listAgenda(
    await workspaceSession("/praktijk"),
    { ...range, therapist: choice.therapist === ALL_THERAPISTS ? "all" : choice.therapist, includeCancelled: choice.showCancelled },
    now,
  );
  const therapistParam = agenda.selected?.slug ?? ALL_THERAPISTS;
  const current = { ...choice, therapist: therapistParam };
  const steps = agendaSteps(current, today);
  const unit = choice.mode === "week" ? "week" : "dag";
  const days = choice.mode === "week" ? Array.from({ length: 7 }, (_, i) => addDays(range.fromDate, i)) : [range.fromDate];
  const byDay = new Map<string, AgendaEntry[]>(days.map((d) => [d, []]));
  for (const entry of agenda.entries) byDay.get(wallClockAt(entry.startsAt).date)?.push(entry);
  const whose = agenda.selected ? `van ${agenda.selected.displayName}` : "van alle therapeuten";
  const period =
    choice.mode === "week" ? `week van ${dateLabel(range.fromDate)} tot en met ${dateLabel(range.toDate)}` : choice.date === today ? `vandaag, ${dateLabel(choice.date)}` : formatCalendarDate(choice.date);
  const warnings = patientWarnings(agenda.entries);
  // Everyone's week is hundreds of appointments, all in the grid already (each block opens its note, state and
  // follow-up): below it each day's list, today's too, is one link away (the day view, where attendance is
  // marked); listing today's 70+ again cost a third of the page. One therapist's week lists every day.
  const listDays = choice.mode === "dag" || agenda.selected !== null;

  return (
    <>
      <h1 className="text-3xl font-semibold">Agenda</h1>
      <p className="mt-2 text-muted">
        Afspraken {whose}, {period}.
      </p>
      {params.gepland === "1" ? (
        <Notice tone="success" className="mt-4" live="polite">
          De vervolgafspraak staat in de agenda. De patiënt krijgt een bevestiging per e-mail.
        </Notice>
      ) : null}

      <Form action="/praktijk" className="mt-6 flex flex-wrap items-end gap-4 rounded-lg border border-line bg-surface p-4">
        <input type="hidden" name={choice.mode === "week" ? "week" : "dag"} value={choice.mode === "week" ? range.fromDate : choice.date} />
        {choice.mode === "week" ? <input type="hidden" name="weergave" value="week" /> : null}
        <div>
          <label htmlFor="therapeut" className="block font-medium">
            Agenda van
          </label>
          <select id="therapeut" name="therapeut" defaultValue={therapistParam} className="mt-1 block rounded-md border border-line bg-surface px-3 py-2">
            <option value={ALL_THERAPISTS}>Alle therapeuten</option>
            {agenda.therapists.map((t) => (
              <option key={t.slug} value={t.slug}>
                {t.displayName}
              </option>
            ))}
          </select>
        </div>
        <div className="flex items-center gap-2 py-2">
          <input id="geannuleerd" type="checkbox" name="geannuleerd" value="1" defaultChecked={choice.showCancelled} className="size-5 accent-brand" />
          <label htmlFor="geannuleerd">Geannuleerde afspraken tonen</label>
        </div>
        <SubmitButton variant="secondary">Tonen</SubmitButton>
      </Form>

      <nav aria-label={`Andere ${unit} kiezen`} className="mt-4 flex flex-wrap items-center gap-x-5 gap-y-2">
        <Link href={steps.previous} className="inline-block py-2">
          ← Vorige {unit}
        </Link>
        <Link href={steps.today} className="inline-block py-2">
          Vandaag
        </Link>
        <Link href={steps.next} className="inline-block py-2">
          Volgende {unit} →
        </Link>
        <span aria-hidden="true" className="text-line">
          |
        </span>
        {choice.mode === "week" ? (
          <Link href={agendaHref({ ...current, mode: "dag", date: range.fromDate <= today && today <= range.toDate ? today : range.fromDate })} className="inline-block py-2">
            Dagweergave
          </Link>
        ) : (
          <Link href={agendaHref({ ...current, mode: "week" })} className="inline-block py-2">
            Weekweergave
          </Link>
        )}
      </nav>
      <Form action="/praktijk" className="mt-2 flex flex-wrap items-end gap-3">
        <input type="hidden" name="therapeut" value={therapistParam} />
        {choice.showCancelled ? <input type="hidden" name="geannuleerd" value="1" /> : null}
        <div>
          <label htmlFor="naar-dag" className="block text-sm font-medium">
            Naar datum
          </label>
          <input id="naar-dag" type="date" name="dag" defaultValue={choice.date} required className="mt-1 block rounded-md border border-line bg-surface px-3 py-2" />
        </div>
        <SubmitButton variant="quiet">Ga naar dag</SubmitButton>
      </Form>

      {warnings.length > 0 ? (
        <section aria-labelledby="signalen" className="mt-4">
          <h2 id="signalen" className="font-semibold">
            Patiënten met waarschuwingssignalen {choice.mode === "week" ? "deze week" : "op deze dag"}
          </h2>
          <ul className="mt-1 space-y-1">
            {warnings.map(({ patient, warning, startsAt }) => (
              <li key={patient.id} className={warning.level === "urgent" ? "text-alert" : "text-caution"}>
                <strong>{warningTitles[warning.level]}</strong>:{" "}
                <Link href={`/praktijk/patienten/${patient.id}`} className="underline underline-offset-2">
                  {patient.name}
                </Link>{" "}
                ({formatCalendarDate(wallClockAt(startsAt).date).replace(/ \d{4}$/, "")} {formatTime(startsAt)}) — {warning.signs.map((s) => s.label).join(", ") || "binnenkort beoordelen"}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className="mt-2 text-sm text-muted">Het tonen van waarschuwingssignalen uit intakes wordt vastgelegd in het inzagelog.</p>

      <section aria-labelledby="rooster" className="mt-6">
        <h2 id="rooster" className="text-xl font-semibold">
          Rooster
        </h2>
        <p className="mt-1 text-sm text-muted">Wit is werktijd, gearceerd is gesloten; &quot;vrij&quot; is werktijd zonder afspraak. Elke afspraak opent met Enter: notitie, status en vervolgafspraak.</p>
        <AgendaGrid columns={buildColumns(days, agenda.selected ? [agenda.selected] : agenda.therapists, agenda.entries, agenda.hours)} showTherapist={!agenda.selected} today={today} />
      </section>

      {days.map((date) => (
        <section key={date} aria-labelledby={`dag-${date}`} className="mt-6">
          <h2 id={`dag-${date}`} className="text-xl font-semibold">
            {date === today ? `Vandaag, ${dateLabel(date)}` : formatCalendarDate(date)}
          </h2>
          {listDays ? (
            <DayList entries={byDay.get(date) ?? []} showTherapist={!agenda.selected} />
          ) : (
            <p className="mt-2">
              {formatCount(byDay.get(date)?.length ?? 0, "afspraak", "afspraken")} in het rooster hierboven.{" "}
              <Link href={agendaHref({ ...current, mode: "dag", date })} className="underline underline-offset-2">
                Lijst van {dateLabel(date)} openen
              </Link>
            </p>
          )}
        </section>
      ))}
    </>
  );
}
