import type { ProgressMarker } from "@/lib/data/progress";
import type { PainPoint } from "@/lib/plans/pain";
import { daysBetween } from "@/lib/time/zone";
import { shortDate } from "./calendar-dates";

/**
 * Pain during exercise and afterwards, per day, 0–10: a server-rendered line chart in which the two lines
 * differ in colour, dash and marker shape (never colour alone). The same scores are in the session table
 * under it (one row per session: the day's pain during and the next morning), so the chart has no table of
 * its own.
 */
const WIDTH = 640;
const HEIGHT = 240;
const M = { top: 18, right: 24, bottom: 32, left: 36 };
/** Above this many days a mark is narrower apart than it is wide: the marks would only overlap into a band. */
const MOST_MARKED_DAYS = 120;

type Series = "during" | "after";

export function PainChart({ points, markers = [] }: { points: PainPoint[]; markers?: ProgressMarker[] }) {
  if (!points.length) return <p>Nog geen pijnscores. Vul na het oefenen je pijn in, en de ochtend erna hoe het voelt, dan verschijnt hier het verloop.</p>;
  const first = points[0]!.date;
  const span = Math.max(1, daysBetween(first, points.at(-1)!.date));
  // Rounded to a tenth of a unit: every coordinate is written twice (HTML and RSC), 17 digits would be waste.
  const x = (date: string) => Math.round((M.left + (daysBetween(first, date) / span) * (WIDTH - M.left - M.right)) * 10) / 10;
  const y = (score: number) => Math.round((M.top + (1 - score / 10) * (HEIGHT - M.top - M.bottom)) * 10) / 10;

  // A line per series, broken where a day has no score for it ("M" starts a new piece), and the day marks.
  const at = (date: string, score: number) => `${x(date)} ${y(score)}`;
  const line = (series: Series) => {
    let d = "";
    let previous: number | null = null;
    for (const point of points) {
      const score = point[series];
      if (score !== null) d += `${previous === null ? "M" : "L"}${at(point.date, score)}`;
      previous = score;
    }
    return d;
  };
  const marks = (series: Series) =>
    points
      .map((point) => {
        const score = point[series];
        return score === null ? "" : `M${at(point.date, score)}h0`;
      })
      .join("");
  const marked = points.length <= MOST_MARKED_DAYS;
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
          aria-label="Lijndiagram van je pijnscores per dag, tijdens het oefenen en erna, op een schaal van 0 tot 10. De scores staan ook in de tabel met sessies hieronder."
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
          <path d={line("during")} fill="none" className="stroke-brand" strokeWidth={2.5} />
          <path d={line("after")} fill="none" className="stroke-accent" strokeWidth={2.5} strokeDasharray="6 4" />
          {/* The day marks as one path per series, not an element per day: a zero-length stroke with round caps is a
              dot, with square caps a square (a two-year log shows 84 days, and every element is sent twice: HTML and RSC). */}
          {marked ? (
            <>
              <path d={marks("during")} fill="none" className="stroke-brand" strokeWidth={9} strokeLinecap="round" />
              <path d={marks("after")} fill="none" className="stroke-accent" strokeWidth={8} strokeLinecap="square" />
            </>
          ) : null}
        </svg>
      </div>
      <figcaption className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm">
        <span className="inline-flex items-center gap-2">
          <svg width="28" height="10" aria-hidden="true">
            <line x1="0" x2="28" y1="5" y2="5" className="stroke-brand" strokeWidth="2.5" />
            {marked ? <circle cx="14" cy="5" r="4" className="fill-brand" /> : null}
          </svg>
          Pijn tijdens het oefenen (doorgetrokken lijn{marked ? ", rondjes" : ""})
        </span>
        <span className="inline-flex items-center gap-2">
          <svg width="28" height="10" aria-hidden="true">
            <line x1="0" x2="28" y1="5" y2="5" className="stroke-accent" strokeWidth="2.5" strokeDasharray="6 4" />
            {marked ? <rect x="10" y="1" width="8" height="8" className="fill-accent" /> : null}
          </svg>
          Pijn de ochtend erna (stippellijn{marked ? ", vierkantjes" : ""})
        </span>
      </figcaption>
      {shown.length ? (
        <p className="mt-2 text-sm">
          Gemarkeerd (verticale lijnen): {shown.map((m) => `${m.kind === "phase" ? m.label : "afspraak"} (${shortDate(m.date)})`).join(", ")}.
        </p>
      ) : null}
    </figure>
  );
}
