import { clock, freeTime, gridSpan, type GridInterval } from "@/lib/agenda/grid";
import { clinicalWarning, warningTitles } from "@/lib/clinical/warnings";
import type { AgendaEntry, AgendaHours, AgendaTherapist } from "@/lib/data/staff/agenda";
import { formatCalendarDate } from "@/lib/time/format";
import { wallClockAt } from "@/lib/time/zone";
import { appointmentStatusLabels } from "./appointment-status";

/**
 * The agenda as a time grid (issue 17, point 7): a column per day (and per therapist when everyone is shown),
 * working hours light, closed time shaded, free time marked "vrij", each appointment a block with its time,
 * patient, state and whether it has a note. Each block is one link to the appointment (note, state, follow-up),
 * in time order, so the grid is walked with Tab and read as a list by a screen reader.
 */
const PX_PER_MINUTE = 1.2;

const blockStyles: Record<AgendaEntry["status"], string> = {
  requested: "border-brand bg-brand-soft",
  confirmed: "border-brand bg-brand-soft",
  attended: "border-ok bg-ok-soft",
  no_show: "border-accent bg-accent-soft border-dashed",
  cancelled: "border-line bg-canvas text-muted line-through",
};

type Column = { key: string; date: string; therapist: AgendaTherapist | null; hours: GridInterval[]; entries: (GridInterval & { entry: AgendaEntry })[]; free: GridInterval[] };

/**
 * One pass over the entries (each instant turned into wall-clock time once: Intl is slow, and a week of ten
 * therapists is 70 columns of hundreds of appointments), then a column per day and therapist.
 */
export function buildColumns(days: string[], therapists: AgendaTherapist[], entries: AgendaEntry[], hours: AgendaHours[]): Column[] {
  const blocksByColumn = new Map<string, Column["entries"]>();
  for (const entry of entries) {
    const start = wallClockAt(entry.startsAt);
    const key = `${start.date}-${entry.therapist.id}`;
    const block = { start: start.minutes, end: Math.max(start.minutes + 15, wallClockAt(entry.endsAt).minutes), entry };
    const blocks = blocksByColumn.get(key);
    if (blocks) blocks.push(block);
    else blocksByColumn.set(key, [block]);
  }
  return days.flatMap((date) =>
    therapists.map((therapist) => {
      const key = `${date}-${therapist.id}`;
      const blocks = blocksByColumn.get(key) ?? [];
      const working = hours.filter((h) => h.therapistId === therapist.id && h.date === date).map((h) => ({ start: h.start, end: h.end }));
      return { key, date, therapist, hours: working, entries: blocks, free: freeTime(working, blocks.filter((b) => b.entry.status !== "cancelled")) };
    }),
  );
}

export function AgendaGrid({ columns, showTherapist, today }: { columns: Column[]; showTherapist: boolean; today: string }) {
  const span = gridSpan(columns.map((c) => ({ hours: c.hours, appointments: c.entries })));
  const height = (span.to - span.from) * PX_PER_MINUTE;
  const top = (minutes: number) => (minutes - span.from) * PX_PER_MINUTE;
  const hoursList = Array.from({ length: (span.to - span.from) / 60 + 1 }, (_, i) => span.from + i * 60);
  return (
    <div className="mt-4 overflow-x-auto rounded-lg border border-line bg-surface">
      <div className="grid min-w-max" style={{ gridTemplateColumns: `3.5rem repeat(${columns.length}, minmax(${showTherapist ? "8.5rem" : "10rem"}, 1fr))` }}>
        <div aria-hidden="true" className="sticky left-0 z-10 border-b border-line bg-surface" />
        {columns.map((column) => (
          <div key={`h-${column.key}`} className={`border-b border-l border-line px-2 py-2 text-sm ${column.date === today ? "bg-brand-soft font-semibold" : ""}`}>
            {formatCalendarDate(column.date).replace(/ \d{4}$/, "")}
            {showTherapist && column.therapist ? <span className="block text-muted">{column.therapist.displayName}</span> : null}
          </div>
        ))}
        <div aria-hidden="true" className="sticky left-0 z-10 bg-surface" style={{ height }}>
          {hoursList.map((m) => (
            <span key={m} className="absolute right-2 -translate-y-1/2 text-xs text-muted" style={{ top: top(m) }}>
              {clock(m)}
            </span>
          ))}
        </div>
        {columns.map((column) => (
          <div
            key={column.key}
            role="group"
            aria-label={`${formatCalendarDate(column.date)}${showTherapist && column.therapist ? `, ${column.therapist.displayName}` : ""}`}
            className="relative border-l border-line bg-[repeating-linear-gradient(135deg,var(--color-canvas),var(--color-canvas)_6px,var(--color-line)_6px,var(--color-line)_7px)]"
            style={{ height }}
          >
            {/* The hour lines as one background (72px = 60 minutes × PX_PER_MINUTE), not a dozen elements per column. */}
            <div aria-hidden="true" className="absolute inset-0 bg-[repeating-linear-gradient(to_bottom,color-mix(in_oklab,var(--color-line)_60%,transparent)_0_1px,transparent_1px_72px)]" />
            {column.hours.map((h) => (
              <div key={`w-${h.start}`} aria-hidden="true" className="absolute inset-x-0 bg-surface" style={{ top: top(h.start), height: (h.end - h.start) * PX_PER_MINUTE }} />
            ))}
            {column.free.map((f) => (
              <p key={`f-${f.start}`} className="agenda-free" style={{ top: top(f.start) + 1, height: (f.end - f.start) * PX_PER_MINUTE - 2 }}>
                {`Vrij ${clock(f.start)}–${clock(f.end)}`}
              </p>
            ))}
            <ol>
              {column.entries.map(({ start, end, entry }) => (
                <li key={entry.id} className="absolute inset-x-1" style={{ top: top(start) + 1, height: (end - start) * PX_PER_MINUTE - 2 }}>
                  <GridBlock entry={entry} start={start} end={end} />
                </li>
              ))}
            </ol>
          </div>
        ))}
      </div>
    </div>
  );
}

function GridBlock({ entry, start, end }: { entry: AgendaEntry; start: number; end: number }) {
  const warning = entry.intake && entry.status !== "cancelled" ? clinicalWarning([entry.intake]) : null;
  const status = entry.status === "confirmed" || entry.status === "requested" ? "Gepland" : appointmentStatusLabels[entry.status];
  const label = `${clock(start)}–${clock(end)}, ${entry.patient.name}, ${entry.serviceName}, ${status.toLowerCase()}${entry.hasNote ? ", met notitie" : ""}${warning ? `, ${warningTitles[warning.level].toLowerCase()}: waarschuwingssignalen` : ""}`;
  const border = warning?.level === "urgent" ? " border-l-alert" : warning?.level === "attention" ? " border-l-caution-line" : "";
  return (
    // A plain link, not next/link: everyone's week has hundreds of blocks, and each Link is a client component to
    // render, hydrate and prefetch when it scrolls into view; one click away is fast enough.
    <a
      href={`/praktijk/patienten/${entry.patient.id}/afspraken/${entry.id}`}
      aria-label={label}
      className={`agenda-block ${blockStyles[entry.status]}${border}`}
    >
      <span className="font-semibold">{clock(start)}</span>
      {` ${entry.patient.name}`}
      <span className="block">{`${status}${entry.hasNote ? " · notitie" : ""}${warning ? ` · ${warningTitles[warning.level]}` : ""}`}</span>
    </a>
  );
}
