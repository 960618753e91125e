import type { Metadata } from "next";
import Form from "next/form";
import Link from "next/link";
import { LinkButton } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { AUDIT_PAGE_SIZE, readAuditLog } from "@/lib/data/staff/audit-log";
import { formatShortDate, formatTime } from "@/lib/time/format";
import { wallClockAt } from "@/lib/time/zone";
import { auditKindLabels, auditKinds, auditLogCsvHref, auditLogHref, parseAuditLogFilters, type AuditLogParams } from "@/lib/validation/audit-log";
import { adminPageSession } from "../settings-guard";

export const metadata: Metadata = { title: "Inzagelog" };

function when(instant: Date): string {
  return `${formatShortDate(instant)} ${wallClockAt(instant).date.slice(0, 4)}, ${formatTime(instant)}`;
}

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<AuditLogParams> }) {
  const session = await adminPageSession("/praktijk/inzagelog");
  const { filters, errors } = parseAuditLogFilters(await searchParams);
  const view = await readAuditLog(session, filters);
  const { before: _page, ...withoutPage } = filters;
  const filtered = Object.keys(withoutPage).length > 0;

  return (
    <>
      <h1 className="text-3xl font-semibold">Inzagelog</h1>
      <p className="mt-2 max-w-3xl text-muted">
        Wie wanneer welke gegevens heeft ingezien of gewijzigd, nieuwste eerst. Het openen van dit log wordt zelf ook vastgelegd.
      </p>

      <Form action="/praktijk/inzagelog" className="mt-6 rounded-lg border border-line p-4">
        <fieldset>
          <legend className="text-lg font-semibold">Filteren</legend>
          {filters.patientId ? <input type="hidden" name="patient" value={filters.patientId} /> : null}
          <div className="mt-3 grid gap-4 sm:grid-cols-2">
            <TextField name="zoek" label="Patiënt (naam of e-mailadres)" defaultValue={filters.patientQuery ?? ""} maxLength={100} />
            <SelectField
              name="medewerker"
              label="Medewerker"
              placeholder="Alle medewerkers"
              options={view.staff.map((s) => ({ value: s.userId, label: s.label }))}
              defaultValue={filters.staffUserId ?? ""}
            />
            <SelectField
              name="soort"
              label="Soort gebeurtenis"
              placeholder="Alle soorten"
              options={auditKinds.map((kind) => ({ value: kind, label: auditKindLabels[kind] }))}
              defaultValue={filters.kind ?? ""}
            />
            <TextField name="van" label="Vanaf datum" type="date" defaultValue={filters.fromDate ?? ""} errors={errors.van ? [errors.van] : undefined} />
            <TextField name="tot" label="Tot en met datum" type="date" defaultValue={filters.toDate ?? ""} errors={errors.tot ? [errors.tot] : undefined} />
          </div>
          <div className="mt-4 flex flex-wrap items-center gap-4">
            <SubmitButton>Filteren</SubmitButton>
            <a href={auditLogCsvHref(filters)} className="underline underline-offset-2" download>
              Downloaden als CSV<span className="sr-only"> (met deze filters, voor de functionaris gegevensbescherming)</span>
            </a>
            {filtered ? (
              <LinkButton href="/praktijk/inzagelog" variant="quiet">
                Alle filters wissen
              </LinkButton>
            ) : null}
          </div>
        </fieldset>
      </Form>

      {filters.patientId ? (
        <Notice className="mt-6" title={view.patient ? `Alleen gebeurtenissen over ${view.patient.name}` : "Alleen gebeurtenissen over één patiënt"}>
          <Link href={auditLogHref({ ...withoutPage, patientId: undefined })}>Filter op deze patiënt wissen</Link>
        </Notice>
      ) : null}

      {view.lines.length === 0 ? (
        <p className="mt-8">Geen gebeurtenissen gevonden{filtered ? " met deze filters" : ""}.</p>
      ) : (
        <div className="mt-8 overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="mb-2 text-left text-base font-semibold">
              Gebeurtenissen, nieuwste eerst ({view.entries.length}
              {view.olderBefore ? ` per pagina van ${AUDIT_PAGE_SIZE}` : ""}; herhaald inzien binnen enkele minuten op één regel)
            </caption>
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="py-2 pr-3">Tijd</th>
                <th scope="col" className="py-2 pr-3">Gebeurtenis</th>
                <th scope="col" className="py-2 pr-3">Patiënt</th>
                <th scope="col" className="py-2 pr-3">Gegevens</th>
                <th scope="col" className="py-2">IP-adres</th>
              </tr>
            </thead>
            <tbody>
              {view.lines.map(({ entry, count, oldest }) => (
                <tr key={entry.id} className="border-b border-line align-top">
                  <td className="whitespace-nowrap py-2 pr-3">
                    <time dateTime={entry.occurredAt.toISOString()}>{when(entry.occurredAt)}</time>
                    {count > 1 ? <span className="block text-muted">vanaf {formatTime(oldest)}</span> : null}
                  </td>
                  <td className="py-2 pr-3">
                    {entry.sentence}
                    {count > 1 ? <strong className="ml-1 whitespace-nowrap">({count}×)</strong> : null}
                    <span className="block text-muted">{entry.actor.roleLabel}</span>
                  </td>
                  <td className="py-2 pr-3">
                    {entry.patient ? <Link href={auditLogHref({ ...withoutPage, patientQuery: undefined, patientId: entry.patient.id })}>{entry.patient.name}</Link> : "—"}
                  </td>
                  <td className="py-2 pr-3">{entry.record.typeLabel ?? "—"}</td>
                  <td className="py-2 font-mono text-xs">{entry.ip ?? "onbekend"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <nav aria-label="Pagina's van het inzagelog" className="mt-6 flex flex-wrap gap-4">
        {filters.before ? <Link href={auditLogHref(withoutPage)}>Naar de nieuwste gebeurtenissen</Link> : null}
        {view.olderBefore ? <Link href={auditLogHref({ ...withoutPage, before: view.olderBefore })}>Oudere gebeurtenissen →</Link> : null}
      </nav>
    </>
  );
}
