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
      {/* Cell styles live on the table, not on each of the ~84 rows: the rows are in the HTML and again in the RSC payload. */}
      <table className="w-full border-collapse text-left text-sm [&_td]:py-1 [&_td]:pr-4 [&_th]:py-1 [&_th]:pr-4 [&_tr]:border-b [&_tr]:border-line [&_tr]:align-top [&_tbody_th]:font-normal [&_tbody_th]:whitespace-nowrap">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Dag</th>
            <th scope="col">Oefeningen</th>
            <th scope="col">Pijn tijdens</th>
            <th scope="col">Ochtend erna</th>
            <th scope="col">Advies</th>
            <th scope="col">Notitie</th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((row) => (
            <tr key={row.date}>
              <th scope="row">{shortDateWithWeekday(row.date)}</th>
              <td>
                {exercisesText(row)}
                {row.easier.length ? <span className="block text-muted">deed de makkelijkere variant: {row.easier.join(", ")}</span> : null}
              </td>
              <td>{score(row.painDuring)}</td>
              <td>{score(row.morning)}</td>
              <td>{row.verdict ? verdictLabels[row.verdict] : "–"}</td>
              <td>{row.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
