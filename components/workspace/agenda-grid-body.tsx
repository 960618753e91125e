"use client";

import { clock } from "@/lib/agenda/grid";

/**
 * The agenda grid's markup, fed compact data (agenda-grid.tsx builds it on the server). A client component so
 * the page's RSC payload carries the numbers and names once (~100 kB for ten therapists' week) instead of a
 * second copy of every block's markup beside the HTML; the server still renders the HTML, so the grid reads and
 * its links work without JavaScript. Pure: the same data draws the same markup on server and client.
 */

/** An appointment: [start, end] in minutes since the grid's first hour, state, warning, note, patient, service, id. */
export type GridBlockData = [start: number, end: number, state: 0 | 1 | 2 | 3, warning: 0 | 1 | 2, note: 0 | 1, patient: string, service: number, id: string];

export type GridColumnData = {
  key: string;
  /** "ma 30 nov" and, when everyone is shown, the therapist. */
  heading: string;
  therapist: string | null;
  /** The full date for the column's group name. */
  label: string;
  today: boolean;
  /** Working hours and free time, flat [start, end, start, end, …], minutes since the grid's first hour. */
  hours: number[];
  free: number[];
  blocks: GridBlockData[];
};

export type GridData = { from: number; to: number; wide: boolean; services: string[]; columns: GridColumnData[] };

const states = ["Gepland", "Aanwezig geweest", "Niet verschenen", "Geannuleerd"] as const;
const stateClasses = ["", " agenda-attended", " agenda-no-show", " agenda-cancelled"] as const;
const warnings = ["", " · Dringend", " · Aandacht"] as const;
const warningClasses = ["", " agenda-urgent", " agenda-attention"] as const;

/** top and height of a block from its minutes (the scale lives in the stylesheet: .agenda-col). */
const place = (start: number, end: number) => ({ "--t": start, "--h": end - start }) as React.CSSProperties;

export function AgendaGridBody({ data }: { data: GridData }) {
  const { from, to, wide, services, columns } = data;
  const hoursList = Array.from({ length: (to - from) / 60 + 1 }, (_, i) => i * 60);
  return (
    <div className="grid min-w-max" style={{ gridTemplateColumns: `3.5rem repeat(${columns.length}, minmax(${wide ? "8.5rem" : "10rem"}, 1fr))`, "--span": to - from } as React.CSSProperties}>
      <div aria-hidden="true" className="sticky left-0 z-10 border-b border-line bg-surface" />
      {columns.map((c) => (
        <div key={`h-${c.key}`} className={c.today ? "agenda-head agenda-today" : "agenda-head"}>
          {c.heading}
          {c.therapist ? <span className="block text-muted">{c.therapist}</span> : null}
        </div>
      ))}
      <div aria-hidden="true" className="agenda-hours">
        {hoursList.map((m) => (
          <span key={m} style={{ "--t": m } as React.CSSProperties}>
            {clock(from + m)}
          </span>
        ))}
      </div>
      {columns.map((c) => (
        <div key={c.key} role="group" aria-label={c.label} className="agenda-col">
          {pairs(c.hours).map(([s, e]) => (
            <div key={`w-${s}`} className="agenda-open" style={place(s, e)} />
          ))}
          {pairs(c.free).map(([s, e]) => (
            <p key={`f-${s}`} className="agenda-free" style={place(s, e)}>
              {`Vrij ${clock(from + s)}–${clock(from + e)}`}
            </p>
          ))}
          <ol>
            {c.blocks.map(([s, e, state, warning, note, patient, service, id]) => (
              <li key={id} style={place(s, e)}>
                {/* A plain link, not next/link: hundreds of blocks, each a Link to hydrate and prefetch; one click away is fast enough.
                    The short address leads on to /praktijk/patienten/…/afspraken/…: half the bytes, 500+ times in everyone's week.
                    The visible text is the start, patient and state; the <i>s are read only (see .agenda-block in globals.css). */}
                <a href={`/praktijk/afspraken/${id}`} className={`agenda-block${stateClasses[state]}${warningClasses[warning]}`}>
                  <b>{clock(from + s)}</b>
                  <i>{`–${clock(from + e)},`}</i>
                  {` ${patient}`}
                  <i>{`, ${services[service]},`}</i> <span>{`${states[state]}${note ? " · notitie" : ""}${warnings[warning]}`}</span>
                </a>
              </li>
            ))}
          </ol>
        </div>
      ))}
    </div>
  );
}

function pairs(flat: number[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) out.push([flat[i] ?? 0, flat[i + 1] ?? 0]);
  return out;
}
