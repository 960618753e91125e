import type { WeekAdherence } from "@/lib/plans/sessions";
import { shortDate } from "./calendar-dates";

/**
 * Sessions done against planned per week: a server-rendered bar chart, and the same numbers in a table
 * (what screen readers and anyone who prefers numbers read).
 */
const HEIGHT = 200;
const TOP = 24;
const BOTTOM = 36;
const LEFT = 44;
const MIN_SLOT = 44;
const MAX_SLOT = 72;
/** The chart's drawing width: it fills the page (scaled), and scrolls sideways only when the weeks need it. */
const PAGE_WIDTH = 960;

export function AdherenceChart({ weeks }: { weeks: WeekAdherence[] }) {
  if (!weeks.length) return <p>Er is nog geen week om te laten zien.</p>;
  const BAR_SLOT = Math.max(MIN_SLOT, Math.min(MAX_SLOT, (PAGE_WIDTH - LEFT - 8) / weeks.length));
  const width = Math.max(PAGE_WIDTH, LEFT + weeks.length * BAR_SLOT + 8);
  const plot = HEIGHT - TOP - BOTTOM;
  const y = (percentage: number) => TOP + plot - (percentage / 100) * plot;
  return (
    <figure>
      <div className="overflow-x-auto">
        <svg
          viewBox={`0 0 ${width} ${HEIGHT}`}
          style={{ minWidth: Math.min(width, LEFT + weeks.length * MIN_SLOT + 8) }}
          role="img"
          aria-label="Staafdiagram van je trainingen per week, als percentage van wat gepland was. De cijfers staan in de tabel hieronder."
          className="h-auto w-full max-w-none text-ink"
        >
          {[0, 50, 100].map((tick) => (
            <g key={tick}>
              <line x1={LEFT} x2={width - 4} y1={y(tick)} y2={y(tick)} className="stroke-line" strokeWidth={1} />
              <text x={LEFT - 6} y={y(tick) + 4} textAnchor="end" fontSize={11} className="fill-muted">
                {tick}%
              </text>
            </g>
          ))}
          {weeks.map((week, index) => {
            const x = LEFT + index * BAR_SLOT + 10;
            const value = week.percentage ?? 0;
            return (
              <g key={week.weekStart}>
                <rect x={x} y={y(value)} width={BAR_SLOT - 20} height={Math.max(0, y(0) - y(value))} rx={3} className={week.inProgress ? "fill-brand/60" : "fill-brand"} />
                <text x={x + (BAR_SLOT - 20) / 2} y={y(value) - 6} textAnchor="middle" fontSize={11} className="fill-ink">
                  {week.planned ? `${week.done}/${week.planned}` : "–"}
                </text>
                <text x={x + (BAR_SLOT - 20) / 2} y={HEIGHT - BOTTOM + 16} textAnchor="middle" fontSize={11} className="fill-muted">
                  wk {index + 1}
                </text>
                <text x={x + (BAR_SLOT - 20) / 2} y={HEIGHT - BOTTOM + 30} textAnchor="middle" fontSize={10} className="fill-muted">
                  {shortDate(week.weekStart)}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      <figcaption className="mt-2 text-sm text-muted">De lichtere staaf is de week die nu loopt.</figcaption>
      <table className="mt-4 w-full max-w-2xl border-collapse text-left text-sm">
        <caption className="mb-2 text-left font-medium">Trainingen per week</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="py-1 pr-4">Week</th>
            <th scope="col" className="py-1 pr-4">Gedaan</th>
            <th scope="col" className="py-1 pr-4">Gepland</th>
            <th scope="col" className="py-1">Percentage</th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((week, index) => (
            <tr key={week.weekStart} className="border-b border-line">
              <th scope="row" className="py-1 pr-4 font-normal">
                Week {index + 1} ({shortDate(week.weekStart)} – {shortDate(week.weekEnd)}){week.inProgress ? ", loopt nog" : ""}
              </th>
              <td className="py-1 pr-4">{week.done}</td>
              <td className="py-1 pr-4">{week.planned}</td>
              <td className="py-1">{week.percentage === null ? "–" : `${week.percentage}%`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
