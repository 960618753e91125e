import type { OutcomePoint } from "@/lib/data/outcomes";
import { momentLabels } from "@/lib/outcomes/measures";
import { formatDate } from "@/lib/time/format";

/**
 * A trend chart of PSK (average) or NPRS, 0–10 with 0 at the bottom, server-rendered SVG with a marker and
 * value per measurement, and the same numbers in a table, so it reads without the picture. Lower is better
 * for both.
 */
const WIDTH = 560;
const HEIGHT = 200;
const M = { top: 16, right: 16, bottom: 28, left: 32 };

export function OutcomeTrend({ title, points, unit }: { title: string; points: OutcomePoint[]; unit: string }) {
  if (points.length === 0) return <p className="mt-2 text-muted">Nog geen {title} ingevuld.</p>;
  const first = points[0]!.at.getTime();
  const span = Math.max(1, points.at(-1)!.at.getTime() - first);
  const x = (at: Date) => (points.length === 1 ? WIDTH / 2 : M.left + ((at.getTime() - first) / span) * (WIDTH - M.left - M.right));
  const y = (value: number) => M.top + (1 - value / 10) * (HEIGHT - M.top - M.bottom);
  const path = points.map((p, i) => `${i === 0 ? "M" : "L"}${x(p.at).toFixed(1)},${y(p.value).toFixed(1)}`).join(" ");
  const fmt = (v: number) => v.toLocaleString("nl-NL", { maximumFractionDigits: 1 });
  return (
    <figure className="mt-3">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`${title}: van ${fmt(points[0]!.value)} naar ${fmt(points.at(-1)!.value)} (0 is geen klachten)`} className="w-full max-w-xl">
        {[0, 5, 10].map((v) => (
          <g key={v}>
            <line x1={M.left} x2={WIDTH - M.right} y1={y(v)} y2={y(v)} stroke="var(--color-line)" />
            <text x={M.left - 6} y={y(v) + 4} textAnchor="end" fontSize="11" fill="var(--color-muted)">
              {v}
            </text>
          </g>
        ))}
        <path d={path} fill="none" stroke="var(--color-brand)" strokeWidth="2.5" />
        {points.map((p) => (
          <g key={p.at.toISOString()}>
            <circle cx={x(p.at)} cy={y(p.value)} r="4.5" fill="var(--color-brand)" />
            <text x={x(p.at)} y={y(p.value) - 9} textAnchor="middle" fontSize="12" fill="var(--color-ink)">
              {fmt(p.value)}
            </text>
          </g>
        ))}
      </svg>
      <table className="mt-2 text-sm">
        <caption className="text-left font-medium">{title} per meting</caption>
        <thead>
          <tr>
            <th scope="col" className="pr-4 text-left">Datum</th>
            <th scope="col" className="pr-4 text-left">Moment</th>
            <th scope="col" className="text-left">{unit}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.at.toISOString()}>
              <td className="pr-4">{formatDate(p.at)}</td>
              <td className="pr-4">
                {momentLabels[p.moment]}
                {p.byPatient ? " (door patiënt)" : ""}
              </td>
              <td>{fmt(p.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
