import { freeTime, gridSpan, type GridInterval } from "@/lib/agenda/grid";
import { clinicalWarning } from "@/lib/clinical/warnings";
import type { AgendaEntry, AgendaHours, AgendaTherapist } from "@/lib/data/staff/agenda";
import { formatCalendarDate } from "@/lib/time/format";
import { wallClockAt } from "@/lib/time/zone";
import { AgendaGridBody, type GridBlockData, type GridData } from "./agenda-grid-body";

/**
 * The agenda as a time grid (issue 17, point 7): a column per day (and per therapist when everyone is shown),
 * working hours light, closed time shaded, free time marked "vrij", each appointment a block with its time,
 * patient, state and whether it has a note. Each block is one link to the appointment (note, state, follow-up),
 * in time order, so the grid is walked with Tab and read as a list by a screen reader.
 */
const stateCodes: Record<AgendaEntry["status"], GridBlockData[2]> = { requested: 0, confirmed: 0, attended: 1, no_show: 2, cancelled: 3 };

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
  const { from, to } = gridSpan(columns.map((c) => ({ hours: c.hours, appointments: c.entries })));
  const services: string[] = [];
  const serviceIndex = new Map<string, number>();
  const service = (name: string) => {
    let i = serviceIndex.get(name);
    if (i === undefined) serviceIndex.set(name, (i = services.push(name) - 1));
    return i;
  };
  const flat = (intervals: GridInterval[]) => intervals.flatMap((i) => [i.start - from, i.end - from]);
  const data: GridData = {
    from,
    to,
    wide: showTherapist,
    services,
    columns: columns.map((column) => {
      const therapist = showTherapist && column.therapist ? column.therapist.displayName : null;
      return {
        key: column.key,
        heading: formatCalendarDate(column.date).replace(/ \d{4}$/, ""),
        therapist,
        label: `${formatCalendarDate(column.date)}${therapist ? `, ${therapist}` : ""}`,
        today: column.date === today,
        hours: flat(column.hours),
        free: flat(column.free),
        blocks: column.entries.map(({ start, end, entry }): GridBlockData => {
          const warning = entry.intake && entry.status !== "cancelled" ? clinicalWarning([entry.intake]) : null;
          return [
            start - from,
            end - from,
            stateCodes[entry.status],
            warning?.level === "urgent" ? 1 : warning?.level === "attention" ? 2 : 0,
            entry.hasNote ? 1 : 0,
            entry.patient.name,
            service(entry.serviceName),
            entry.id,
          ];
        }),
      };
    }),
  };
  return (
    <div className="mt-4 overflow-x-auto rounded-lg border border-line bg-surface">
      <AgendaGridBody data={data} />
    </div>
  );
}
