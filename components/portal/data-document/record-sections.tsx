import type { ReactNode } from "react";
import type { AccessLogLine } from "@/lib/data/access-log";
import type { PatientExport } from "@/lib/data/export";
import type { OutcomesView } from "@/lib/data/outcomes";
import { formatCalendarDate, formatDate, formatDateTime } from "@/lib/time/format";

/**
 * The readable "Mijn gegevens" document, part one: who the patient is, their appointments and intakes, their
 * outcome measures and who opened the record. Tables break across printed pages with their header repeated.
 */
export function DocumentSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-10 print:mt-6">
      <h2 id={id} className="border-b border-line pb-1 text-2xl font-semibold print:text-[14pt]">
        {title}
      </h2>
      <div className="mt-3">{children}</div>
    </section>
  );
}

/** The table, or `empty` as a muted sentence when there are no rows. */
export function DocumentTable({ caption, head, rows, empty }: { caption: string; head: string[]; rows: ReactNode[][]; empty: string }) {
  if (!rows.length) return <p className="text-muted">{empty}</p>;
  return (
    <div className="overflow-x-auto print:overflow-visible">
      <table className="w-full border-collapse text-left text-sm print:text-[9pt]">
        <caption className="sr-only">{caption}</caption>
        <thead className="print:table-header-group">
          <tr>
            {head.map((cell) => (
              <th key={cell} scope="col" className="border-b border-line py-1 pr-3 font-semibold">
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={index} className="break-inside-avoid align-top">
              {row.map((cell, column) => (
                <td key={column} className="border-b border-line py-1 pr-3">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function PersonalSection({ data }: { data: PatientExport }) {
  const { profile, account } = data;
  return (
    <DocumentSection id="persoonsgegevens" title="Persoonsgegevens">
      <dl className="grid max-w-2xl grid-cols-[auto_1fr] gap-x-6 gap-y-1">
        <dt className="text-muted">Naam</dt>
        <dd>{profile.fullName}</dd>
        <dt className="text-muted">Geboortedatum</dt>
        <dd>{formatCalendarDate(profile.dateOfBirth)}</dd>
        <dt className="text-muted">Telefoon</dt>
        <dd>{profile.phone ?? "niet bekend"}</dd>
        <dt className="text-muted">E-mailadres</dt>
        <dd>{account.email}</dd>
        <dt className="text-muted">In het dossier sinds</dt>
        <dd>{formatDate(profile.createdAt)}</dd>
        <dt className="text-muted">Account actief sinds</dt>
        <dd>{account.activatedAt ? formatDate(account.activatedAt) : "nog niet geactiveerd"}</dd>
        <dt className="text-muted">Laatst ingelogd</dt>
        <dd>{account.lastLoginAt ? formatDateTime(account.lastLoginAt) : "–"}</dd>
      </dl>
    </DocumentSection>
  );
}

const appointmentStatus = { requested: "aangevraagd", confirmed: "gepland", cancelled: "geannuleerd", attended: "geweest", no_show: "niet verschenen" } as const;

export function AppointmentsSection({ data }: { data: PatientExport }) {
  return (
    <DocumentSection id="afspraken" title="Afspraken">
      <DocumentTable
        caption="Je afspraken, oudste eerst"
        head={["Wanneer", "Behandeling", "Therapeut", "Status"]}
        rows={data.appointments.map((a) => [
          formatDateTime(a.startsAt),
          a.service,
          a.therapist,
          a.status === "cancelled" && a.cancellationReason ? `${appointmentStatus[a.status]} (${a.cancellationReason})` : appointmentStatus[a.status],
        ])}
        empty="Je hebt nog geen afspraken gehad."
      />
    </DocumentSection>
  );
}

const sides = { left: "links", right: "rechts", both: "beide kanten", not_applicable: "niet van toepassing" } as const;
const onsets = { acute: "plotseling", gradual: "geleidelijk" } as const;

export function IntakesSection({ data }: { data: PatientExport }) {
  return (
    <DocumentSection id="intakes" title="Intakes">
      <DocumentTable
        caption="Je intakes"
        head={["Ingevuld op", "Klacht", "Ontstaan", "Pijn toen / op het ergst"]}
        rows={data.intakes.map((i) => [formatDateTime(i.createdAt), `${i.complaintLocation} (${sides[i.complaintSide]})`, onsets[i.onset], `${i.painNow} / ${i.painWorst} van 10`])}
        empty="Er is geen intake van je bewaard."
      />
      <p className="mt-2 text-sm text-muted">Al je antwoorden op de vragenlijst staan in de download (JSON).</p>
    </DocumentSection>
  );
}

const momentText = { intake: "bij de start", phase_change: "na een nieuwe fase", end: "aan het eind", check: "tussendoor" } as const;

export function OutcomesSection({ outcomes }: { outcomes: OutcomesView | null }) {
  const rows = outcomes
    ? [
        ...outcomes.psk.map((p) => ({ at: p.at, what: "Klachten bij activiteiten (PSK, gemiddeld)", value: p.value.toLocaleString("nl-NL"), moment: p.moment, byPatient: p.byPatient, items: p.items })),
        ...outcomes.nprs.map((p) => ({ at: p.at, what: "Gemiddelde pijn (NPRS)", value: String(p.value), moment: p.moment, byPatient: p.byPatient, items: [] })),
      ].sort((a, b) => a.at.getTime() - b.at.getTime())
    : [];
  return (
    <DocumentSection id="metingen" title="Meetresultaten">
      <DocumentTable
        caption="Je metingen, oudste eerst"
        head={["Wanneer", "Meting", "Score (0–10)", "Moment", "Ingevuld door"]}
        rows={rows.map((r) => [
          formatDate(r.at),
          r.items.length ? <>{r.what}<br /><span className="text-muted">{r.items.map((i) => `${i.activity}: ${i.score}`).join(" · ")}</span></> : r.what,
          r.value,
          momentText[r.moment],
          r.byPatient ? "jijzelf" : "je therapeut",
        ])}
        empty="Er zijn nog geen metingen gedaan."
      />
    </DocumentSection>
  );
}

export function AccessSection({ lines }: { lines: AccessLogLine[] }) {
  return (
    <DocumentSection id="inzage" title="Wie je dossier heeft ingezien">
      <DocumentTable
        caption="Inzage in je dossier, nieuwste eerst"
        head={["Wanneer", "Wat", "Aantal keer"]}
        rows={lines.map((line) => [formatDateTime(line.occurredAt), line.sentence, String(line.count)])}
        empty="Nog niemand van de praktijk heeft je dossier geopend."
      />
    </DocumentSection>
  );
}
