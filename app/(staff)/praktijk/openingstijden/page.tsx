import type { Metadata } from "next";
import Form from "next/form";
import { notFound } from "next/navigation";
import { ButtonForm } from "@/components/staff-settings/button-form";
import { AbsenceForm, AddBlockForm, ChangeBlockForm, EndBlockForm, ExtraHoursForm } from "@/components/staff-settings/opening-hours-forms";
import { SelectField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { Section } from "@/components/ui/section";
import { WEEKDAY_NAMES } from "@/lib/booking/weekly-blocks";
import { getOpeningHours, type OpeningHoursView } from "@/lib/data/staff/opening-hours";
import { formatCalendarDate, formatCount, formatShortDate, formatTime } from "@/lib/time/format";
import { wallClockAt } from "@/lib/time/zone";
import { staffSession } from "../settings-guard";
import {
  addAbsenceAction,
  addBlockAction,
  addExtraHoursAction,
  changeBlockAction,
  endBlockAction,
  removeBlockAction,
  removeExceptionAction,
  type Notice as NoticeCode,
} from "./actions";

export const metadata: Metadata = { title: "Openingstijden" };

const PAGE = "/praktijk/openingstijden";

const notices: Record<NoticeCode, { tone: "success" | "warning"; text: string }> = {
  "werktijden-toegevoegd": { tone: "success", text: "De werktijden zijn toegevoegd. Patiënten zien de nieuwe tijden meteen bij het online afspraak maken." },
  "werktijden-gewijzigd": { tone: "success", text: "De werktijden zijn gewijzigd vanaf de gekozen datum." },
  "werktijden-vervallen": { tone: "success", text: "De werktijden vervallen per de gekozen datum." },
  "werktijden-verwijderd": { tone: "success", text: "De werktijden zijn verwijderd." },
  "afwezigheid-toegevoegd": { tone: "success", text: "De afwezigheid is toegevoegd. In die periode kunnen patiënten niet meer online boeken." },
  "afwezigheid-met-afspraken": {
    tone: "warning",
    text: "De afwezigheid is toegevoegd, maar er staan al afspraken in die periode. Die zijn niet geannuleerd: zie hieronder en neem contact op met de patiënten.",
  },
  "extra-uren-toegevoegd": { tone: "success", text: "De extra uren zijn toegevoegd en meteen online te boeken." },
  verwijderd: { tone: "success", text: "Verwijderd. De online agenda is bijgewerkt." },
};

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

function period(startsAt: Date, endsAt: Date, wholeDays: boolean): string {
  if (wholeDays) {
    const firstDay = wallClockAt(startsAt).date;
    const lastDay = wallClockAt(endsAt.getTime() - 1).date;
    return firstDay === lastDay ? `${formatCalendarDate(firstDay)}, hele dag` : `${formatCalendarDate(firstDay)} tot en met ${formatCalendarDate(lastDay)}, hele dagen`;
  }
  const sameDay = wallClockAt(startsAt).date === wallClockAt(endsAt).date;
  const startDate = formatCalendarDate(wallClockAt(startsAt).date);
  return sameDay
    ? `${startDate}, ${formatTime(startsAt)}–${formatTime(endsAt)}`
    : `${startDate} ${formatTime(startsAt)} tot ${formatCalendarDate(wallClockAt(endsAt).date)} ${formatTime(endsAt)}`;
}

function validity(block: OpeningHoursView["blocks"][number]): string {
  const to = block.validTo ? ` tot en met ${formatCalendarDate(block.validTo)}` : "";
  return block.status === "upcoming" ? `Gaat in op ${formatCalendarDate(block.validFrom)}${to}` : `Geldt sinds ${formatCalendarDate(block.validFrom)}${to}`;
}

function WeeklyBlocks({ view }: { view: OpeningHoursView }) {
  const active = view.blocks.filter((b) => b.status !== "ended");
  const ended = view.blocks.filter((b) => b.status === "ended");
  return (
    <>
      <ul className="mt-4 space-y-4">
        {WEEKDAY_NAMES.map((name, index) => {
          const blocks = active.filter((b) => b.weekday === index + 1);
          const dayId = `dag-${index + 1}`;
          return (
            <li key={name} className="rounded-lg border border-line bg-surface p-4">
              <h3 id={dayId} className="text-lg font-semibold capitalize">
                {name}
              </h3>
              {blocks.length === 0 ? (
                <p className="mt-1 text-muted">Geen werktijden.</p>
              ) : (
                <ul className="mt-2 space-y-3">
                  {blocks.map((block) => {
                    const label = `${name} ${block.startTime}–${block.endTime}`;
                    const changeFrom = block.validFrom > view.today ? block.validFrom : view.today;
                    return (
                      <li key={block.id} className="border-t border-line pt-3 first:border-t-0 first:pt-0">
                        <p className="font-medium">
                          {block.startTime}–{block.endTime}
                        </p>
                        <p className="text-sm text-muted">{validity(block)}</p>
                        <details className="mt-2">
                          <summary className="cursor-pointer font-medium text-brand">
                            Wijzigen of laten vervallen<span className="sr-only"> ({label})</span>
                          </summary>
                          <div className="mt-3 space-y-6">
                            <ChangeBlockForm action={changeBlockAction} ruleId={block.id} startTime={block.startTime} endTime={block.endTime} today={view.today} minDate={changeFrom} />
                            <EndBlockForm action={endBlockAction} ruleId={block.id} today={view.today} />
                          </div>
                        </details>
                        {block.status === "upcoming" ? (
                          <ButtonForm action={removeBlockAction} fields={{ ruleId: block.id }} label="Verwijderen" accessibleLabel={`Werktijden ${label} verwijderen`} />
                        ) : null}
                      </li>
                    );
                  })}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
      {ended.length > 0 ? (
        <details className="mt-4">
          <summary className="cursor-pointer font-medium text-brand">Eerdere werktijden ({ended.length})</summary>
          <ul className="mt-2 list-disc space-y-1 pl-6 text-sm">
            {ended.map((block) => (
              <li key={block.id}>
                {WEEKDAY_NAMES[block.weekday - 1]} {block.startTime}–{block.endTime}: {formatCalendarDate(block.validFrom)} tot en met {formatCalendarDate(block.validTo!)}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}

function Absences({ view }: { view: OpeningHoursView }) {
  if (view.absences.length === 0) return <p className="mt-4">Geen afwezigheid gepland.</p>;
  return (
    <ul className="mt-4 space-y-3">
      {view.absences.map((absence) => {
        const when = period(absence.startsAt, absence.endsAt, absence.wholeDays);
        return (
          <li key={absence.id} className="rounded-lg border border-line bg-surface p-4">
            <p className="font-medium">{when}</p>
            {absence.reason ? <p className="text-sm text-muted">Reden: {absence.reason}</p> : null}
            {absence.conflicts.length > 0 ? (
              <Notice tone="warning" className="mt-3" title={`Er ${absence.conflicts.length === 1 ? "staat" : "staan"} ${formatCount(absence.conflicts.length, "afspraak", "afspraken")} in deze periode`}>
                <p>Deze afspraken zijn niet geannuleerd. Neem contact op met de patiënt om een ander moment af te spreken.</p>
                <ul className="mt-2 list-disc pl-6">
                  {absence.conflicts.map((c) => (
                    <li key={c.id}>
                      {formatShortDate(c.startsAt)} {formatTime(c.startsAt)}–{formatTime(c.endsAt)}: {c.patientName} ({c.serviceName})
                    </li>
                  ))}
                </ul>
              </Notice>
            ) : null}
            <ButtonForm action={removeExceptionAction} fields={{ exceptionId: absence.id, anchor: "afwezigheid" }} label="Verwijderen" accessibleLabel={`Afwezigheid ${when} verwijderen`} />
          </li>
        );
      })}
    </ul>
  );
}

function ExtraHours({ view }: { view: OpeningHoursView }) {
  if (view.extraHours.length === 0) return <p className="mt-4">Geen extra uren gepland.</p>;
  return (
    <ul className="mt-4 space-y-3">
      {view.extraHours.map((extra) => {
        const when = period(extra.startsAt, extra.endsAt, false);
        return (
          <li key={extra.id} className="rounded-lg border border-line bg-surface p-4">
            <p className="font-medium">{when}</p>
            {extra.reason ? <p className="text-sm text-muted">Notitie: {extra.reason}</p> : null}
            <ButtonForm action={removeExceptionAction} fields={{ exceptionId: extra.id, anchor: "extra-uren" }} label="Verwijderen" accessibleLabel={`Extra uren ${when} verwijderen`} />
          </li>
        );
      })}
    </ul>
  );
}

export default async function OpeningHoursPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await staffSession(PAGE);
  const params = await searchParams;
  const view = await getOpeningHours(session, first(params.behandelaar));
  if (!view) notFound();
  const notice = notices[first(params.melding) as NoticeCode];
  const own = !view.choices;
  return (
    <>
      <h1 className="text-3xl font-semibold">Openingstijden en afwezigheid</h1>
      <p className="mt-2 max-w-3xl text-muted">
        {own ? "Je vaste werktijden, afwezigheid en extra uren." : `De werktijden, afwezigheid en extra uren van ${view.therapist.displayName}.`} Wat je hier
        wijzigt, geldt meteen voor het online afspraak maken. Afspraken die al gemaakt zijn, blijven staan.
      </p>

      {view.choices ? (
        <Form action={PAGE} className="mt-6 flex flex-wrap items-end gap-3">
          <SelectField
            name="behandelaar"
            label="Behandelaar"
            options={view.choices.map((c) => ({ value: c.id, label: c.displayName }))}
            defaultValue={view.therapist.id}
            className="min-w-56"
          />
          <SubmitButton variant="secondary">Tonen</SubmitButton>
        </Form>
      ) : null}

      {notice ? (
        <Notice tone={notice.tone} className="mt-6" live="polite">
          {notice.text}
        </Notice>
      ) : null}

      <Section id="werktijden" title={<>Vaste werktijden{own ? "" : ` van ${view.therapist.displayName}`}</>} className="mt-10">
        <p className="mt-1 text-sm text-muted">
          Per dag kun je meer blokken hebben, zolang ze niet overlappen. Nieuwe tijden vanaf een datum laten de oude tijden de dag ervoor vervallen.
        </p>
        <WeeklyBlocks view={view} />
        <div className="mt-6 rounded-lg border border-line p-4">
          <h3 className="text-lg font-semibold">Werktijden toevoegen</h3>
          <div className="mt-3">
            <AddBlockForm action={addBlockAction} therapistId={view.therapist.id} today={view.today} />
          </div>
        </div>
      </Section>

      <Section id="afwezigheid" title="Afwezigheid" className="mt-12">
        <p className="mt-1 text-sm text-muted">Vakantie, ziekte of een cursus: in die periode zijn geen afspraken online te boeken.</p>
        <Absences view={view} />
        <div className="mt-6 rounded-lg border border-line p-4">
          <h3 className="text-lg font-semibold">Afwezigheid toevoegen</h3>
          <div className="mt-3">
            <AbsenceForm action={addAbsenceAction} therapistId={view.therapist.id} today={view.today} />
          </div>
        </div>
      </Section>

      <Section id="extra-uren" title="Extra uren" className="mt-12">
        <p className="mt-1 text-sm text-muted">Uren buiten de vaste werktijden, bijvoorbeeld een extra avond. Ze zijn meteen online te boeken.</p>
        <ExtraHours view={view} />
        <div className="mt-6 rounded-lg border border-line p-4">
          <h3 className="text-lg font-semibold">Extra uren toevoegen</h3>
          <div className="mt-3">
            <ExtraHoursForm action={addExtraHoursAction} therapistId={view.therapist.id} today={view.today} />
          </div>
        </div>
      </Section>
    </>
  );
}
