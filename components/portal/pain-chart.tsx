import type { ProgressMarker } from "@/lib/data/progress";
import type { PainPoint } from "@/lib/plans/pain";
import { daysBetween } from "@/lib/time/zone";
import { shortDate, shortDateWithWeekday } from "./calendar-dates";

/**
 * Pain during exercise and afterwards, per day, 0–10: a server-rendered line chart in which the two lines
 * differ in colour, dash and marker shape (never colour alone), and the same scores in a table.
 */
const WIDTH = 640;
const HEIGHT = 240;
const M = { top: 18, right: 24, bottom: 32, left: 36 };

type Series = "during" | "after";

export function PainChart({ points, markers = [] }: { points: PainPoint[]; markers?: ProgressMarker[] }) {
  if (!points.length) return <p>Nog geen pijnscores. Vul na het oefenen je pijn in, en de ochtend erna hoe het voelt, dan verschijnt hier het verloop.</p>;
  const first = points[0]!.date;
  const span = Math.max(1, daysBetween(first, points.at(-1)!.date));
  const x = (date: string) => M.left + (daysBetween(first, date) / span) * (WIDTH - M.left - M.right);
  const y = (score: number) => M.top + (1 - score / 10) * (HEIGHT - M.top - M.bottom);

  // A line per series, broken where a day has no score for it.
  const segments = (series: Series) => {
    const result: string[][] = [];
    let current: string[] = [];
    for (const point of points) {
      const score = point[series];
      if (score === null) {
        if (current.length) result.push(current);
        current = [];
      } else current.push(`${x(point.date).toFixed(1)},${y(score).toFixed(1)}`);
    }
    if (current.length) result.push(current);
    return result;
  };
  const shown = markers.filter((m) => m.date >= first && m.date <= points.at(-1)!.date);
  const labelDates = [...new Set([first, points[Math.floor(points.length / 2)]!.date, points.at(-1)!.date])];

  return (
    <figure>
      <div className="overflow-x-auto">
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          className="h-auto w-full"
          data-chart="pijn"
          role="img"
          aria-label="Lijndiagram van je pijnscores per dag, tijdens het oefenen en erna, op een schaal van 0 tot 10. De scores staan in de tabel hieronder."
        >
          {[0, 2, 4, 6, 8, 10].map((tick) => (
            <g key={tick}>
              <line x1={M.left} x2={WIDTH - M.right} y1={y(tick)} y2={y(tick)} className="stroke-line" strokeWidth={1} />
              <text x={M.left - 8} y={y(tick) + 5} textAnchor="end" fontSize={14} className="fill-muted">
                {tick}
              </text>
            </g>
          ))}
          {labelDates.map((date) => (
            <text key={date} x={x(date)} y={HEIGHT - 8} textAnchor="middle" fontSize={14} className="fill-muted">
              {shortDate(date)}
            </text>
          ))}
          {shown.map((marker) => (
            <g key={`${marker.kind}-${marker.date}`}>
              <line x1={x(marker.date)} x2={x(marker.date)} y1={M.top} y2={HEIGHT - M.bottom} className={marker.kind === "phase" ? "stroke-ink" : "stroke-muted"} strokeWidth={1} strokeDasharray={marker.kind === "phase" ? "2 2" : "1 4"} />
              <text x={x(marker.date) + 3} y={M.top + 12} fontSize={13} className="fill-muted">
                {marker.kind === "phase" ? marker.label.split(":")[0] : "A"}
              </text>
            </g>
          ))}
          {segments("during").map((segment, i) => (
            <polyline key={`d${i}`} points={segment.join(" ")} fill="none" className="stroke-brand" strokeWidth={2.5} />
          ))}
          {segments("after").map((segment, i) => (
            <polyline key={`a${i}`} points={segment.join(" ")} fill="none" className="stroke-accent" strokeWidth={2.5} strokeDasharray="6 4" />
          ))}
          {/* One group per series, not per day: a mark carries no class of its own (a two-year log is ~84 days). */}
          <g className="fill-brand">
            {points.map((point) => (point.during !== null ? <circle key={point.date} cx={+x(point.date).toFixed(1)} cy={+y(point.during).toFixed(1)} r={4.5} /> : null))}
          </g>
          <g className="fill-accent">
            {points.map((point) => (point.after !== null ? <rect key={point.date} x={+(x(point.date) - 4).toFixed(1)} y={+(y(point.after) - 4).toFixed(1)} width={8} height={8} /> : null))}
          </g>
        </svg>
      </div>
      <figcaption className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm">
        <span className="inline-flex items-center gap-2">
          <svg width="28" height="10" aria-hidden="true">
            <line x1="0" x2="28" y1="5" y2="5" className="stroke-brand" strokeWidth="2.5" />
            <circle cx="14" cy="5" r="4" className="fill-brand" />
          </svg>
          Pijn tijdens het oefenen (doorgetrokken lijn, rondjes)
        </span>
        <span className="inline-flex items-center gap-2">
          <svg width="28" height="10" aria-hidden="true">
            <line x1="0" x2="28" y1="5" y2="5" className="stroke-accent" strokeWidth="2.5" strokeDasharray="6 4" />
            <rect x="10" y="1" width="8" height="8" className="fill-accent" />
          </svg>
          Pijn de ochtend erna (stippellijn, vierkantjes)
        </span>
      </figcaption>
      {shown.length ? (
        <p className="mt-2 text-sm">
          Gemarkeerd (verticale lijnen): {shown.map((m) => `${m.kind === "phase" ? m.label : "afspraak"} (${shortDate(m.date)})`).join(", ")}.
        </p>
      ) : null}
      <table className="mt-4 w-full max-w-2xl border-collapse text-left text-sm [&_td]:py-1 [&_td]:pr-4 [&_th]:py-1 [&_th]:pr-4 [&_tr]:border-b [&_tr]:border-line [&_tbody_th]:font-normal">
        <caption className="mb-2 text-left font-medium">Pijnscores per dag (de hoogste score van die dag, 0 tot 10)</caption>
        <thead>
          <tr>
            <th scope="col">Dag</th>
            <th scope="col">Tijdens</th>
            <th scope="col">Ochtend erna</th>
          </tr>
        </thead>
        <tbody>
          {points.map((point) => (
            <tr key={point.date}>
              <th scope="row">{shortDateWithWeekday(point.date)}</th>
              <td>{point.during ?? "–"}</td>
              <td>{point.after ?? "–"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
