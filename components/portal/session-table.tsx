import type { ProgressSession } from "@/lib/data/progress";
import { verdictLabels } from "@/lib/plans/pain-rule";
import { shortDateWithWeekday } from "./calendar-dates";

const score = (value: number | null) => (value === null ? "–" : String(value));

function exercisesText(row: ProgressSession): string {
  const parts = [row.done ? `${row.done} gedaan` : null, row.modified ? `${row.modified} aangepast` : null, row.skipped ? `${row.skipped} overgeslagen` : null].filter(Boolean);
  return parts.length ? parts.join(", ") : "–";
}

/** One row per session: the exercises in counts, the pain during and the next morning, the advice, the note. */
export function SessionTable({ sessions, caption }: { sessions: ProgressSession[]; caption: string }) {
  return (
    // Scrolls sideways on a narrow phone: focusable, so the rows can be read with the keyboard too.
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={caption}>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="py-1 pr-4">Dag</th>
            <th scope="col" className="py-1 pr-4">Oefeningen</th>
            <th scope="col" className="py-1 pr-4">Pijn tijdens</th>
            <th scope="col" className="py-1 pr-4">Ochtend erna</th>
            <th scope="col" className="py-1 pr-4">Advies</th>
            <th scope="col" className="py-1">Notitie</th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((row) => (
            <tr key={row.date} className="border-b border-line align-top">
              <th scope="row" className="py-1 pr-4 font-normal whitespace-nowrap">{shortDateWithWeekday(row.date)}</th>
              <td className="py-1 pr-4">
                {exercisesText(row)}
                {row.easier.length ? <span className="block text-muted">deed de makkelijkere variant: {row.easier.join(", ")}</span> : null}
              </td>
              <td className="py-1 pr-4">{score(row.painDuring)}</td>
              <td className="py-1 pr-4">{score(row.morning)}</td>
              <td className="py-1 pr-4">{row.verdict ? verdictLabels[row.verdict] : "–"}</td>
              <td className="py-1">{row.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
