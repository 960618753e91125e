import type { WeekAdherence } from "@/lib/plans/sessions";
import type { ProgressMarker } from "@/lib/data/progress";
import { shortDate } from "./calendar-dates";

/**
 * Sessions done against planned per week: a bar chart drawn with HTML boxes, so it takes the width of the
 * page at any screen size with text at its normal size (it scrolls sideways only when there are more weeks
 * than fit at 28 px each), and the same numbers in a table (what screen readers and anyone who prefers
 * numbers read). Weeks in which a phase began or an appointment took place are marked under their bar.
 * Column and cell styles sit on the grid and the table, not on each week: every element is sent twice (HTML
 * and RSC payload).
 */
const PLOT_HEIGHT = "10rem";

function weekMarks(weekStart: string, weekEnd: string, markers: ProgressMarker[]): string[] {
  return markers.filter((m) => m.date >= weekStart && m.date <= weekEnd).map((m) => (m.kind === "phase" ? m.label.split(":")[0]!.replace("Fase ", "F") : "A"));
}

export function AdherenceChart({ weeks, markers = [] }: { weeks: WeekAdherence[]; markers?: ProgressMarker[] }) {
  if (!weeks.length) return <p>Er is nog geen week om te laten zien.</p>;
  const marked = markers.filter((m) => m.date >= weeks[0]!.weekStart && m.date <= weeks.at(-1)!.weekEnd);
  return (
    <figure>
      <div className="overflow-x-auto">
        <div
          role="img"
          aria-label="Staafdiagram van je trainingen per week, als percentage van wat gepland was. De cijfers staan in de tabel hieronder."
          data-chart="trainingen"
          className="grid w-full gap-x-1 border-b border-line [&>div]:flex [&>div]:min-w-0 [&>div]:flex-col [&>div]:items-center [&>div]:text-xs"
          style={{ gridTemplateColumns: `repeat(${weeks.length}, minmax(1.75rem, 1fr))` }}
        >
          {weeks.map((week, index) => {
            const value = week.percentage ?? 0;
            const marks = weekMarks(week.weekStart, week.weekEnd, marked);
            return (
              <div key={week.weekStart} aria-hidden="true">
                <div className="flex w-full flex-col justify-end" style={{ height: PLOT_HEIGHT }}>
                  <span className="mb-1 text-center text-ink">{week.planned ? `${week.done}/${week.planned}` : "–"}</span>
                  <span className={`mx-auto block w-3/4 max-w-12 rounded-t ${week.inProgress ? "bg-brand/60" : "bg-brand"}`} style={{ height: `calc((${PLOT_HEIGHT} - 1.5rem) * ${value / 100})` }} />
                </div>
                <span className="mt-1 text-muted">wk {index + 1}</span>
                <span className="min-h-4 font-medium text-ink">{marks.join(" ")}</span>
              </div>
            );
          })}
        </div>
      </div>
      <figcaption className="mt-2 text-sm text-muted">
        De lichtere staaf is de week die nu loopt.
        {marked.length ? ` Onder de staven: F = begin van een fase, A = afspraak (${marked.map((m) => `${m.kind === "phase" ? m.label : "afspraak"} ${shortDate(m.date)}`).join(", ")}).` : ""}
      </figcaption>
      <table className="mt-4 w-full max-w-2xl border-collapse text-left text-sm [&_td]:py-1 [&_td]:pr-4 [&_th]:py-1 [&_th]:pr-4 [&_tr]:border-b [&_tr]:border-line [&_tbody_th]:font-normal">
        <caption className="mb-2 text-left font-medium">Trainingen per week</caption>
        <thead>
          <tr>
            <th scope="col">Week</th>
            <th scope="col">Gedaan</th>
            <th scope="col">Gepland</th>
            <th scope="col">Percentage</th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((week, index) => (
            <tr key={week.weekStart}>
              <th scope="row">
                Week {index + 1} ({shortDate(week.weekStart)} – {shortDate(week.weekEnd)}){week.inProgress ? ", loopt nog" : ""}
              </th>
              <td>{week.done}</td>
              <td>{week.planned}</td>
              <td>{week.percentage === null ? "–" : `${week.percentage}%`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
