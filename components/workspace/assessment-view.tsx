import { chainLinks, GRADE_LABELS, linkLabels, linkMeasures, ratingLabels, type AssessmentContent } from "@/lib/assessment/chain";
import { formatPercent, type Symmetry } from "@/lib/assessment/symmetry";
import type { RevisionChange } from "@/lib/assessment/diff";
import { CaptionedTable } from "@/components/ui/captioned-table";

const sideNames = { left: "links", right: "rechts" } as const;

function formatMeasure(value: number, unit: string): string {
  const number = value.toLocaleString("nl-NL", { maximumFractionDigits: 1 });
  return unit === "°" ? `${number}°` : `${number} ${unit}`;
}

/** One revision's content: a table of the chain links, then the grade, weak links, conclusion and notes. */
export function AssessmentContentView({ content, symmetry, caption }: { content: AssessmentContent; symmetry: Symmetry | null; caption: string }) {
  return (
    <div className="space-y-6">
      <CaptionedTable caption={caption} columns={["Schakel", "Beoordeling", "Bevindingen", "Metingen"]} className="min-w-[36rem]">
        {chainLinks.map((link) => {
          const entry = content.links[link];
          const measures = linkMeasures[link].filter((m) => entry.measures[m.key] !== undefined);
          return (
            <tr key={link} className="border-b border-line align-top">
              <th scope="row" className="py-2 pr-4 font-medium">{linkLabels[link]}</th>
              <td className="py-2 pr-4">{entry.rating ? ratingLabels[entry.rating] : <span className="text-muted">Niet beoordeeld</span>}</td>
              <td className="py-2 pr-4 whitespace-pre-line">{entry.findings || <span className="text-muted">—</span>}</td>
              <td className="py-2">
                {measures.length === 0 && !(link === "hamstring" && symmetry) ? <span className="text-muted">—</span> : null}
                <ul>
                  {measures.map((m) => (
                    <li key={m.key}>
                      {m.label}: {formatMeasure(entry.measures[m.key]!, m.unit)}
                    </li>
                  ))}
                  {link === "hamstring" && symmetry ? (
                    <li className="font-medium">
                      Symmetrie: {formatPercent(symmetry.percent)}
                      {symmetry.weakerSide ? ` (${sideNames[symmetry.weakerSide]} zwakker)` : " (gelijk)"}
                    </li>
                  ) : null}
                </ul>
              </td>
            </tr>
          );
        })}
      </CaptionedTable>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
        <dt className="font-medium">Geschatte graad</dt>
        <dd>{content.gradeEstimate ? GRADE_LABELS[content.gradeEstimate] : "Niet geschat"}</dd>
        <dt className="font-medium">Zwakke schakels</dt>
        <dd>{content.weakLinks.length ? content.weakLinks.map((link) => linkLabels[link]).join(", ") : "Geen aangegeven"}</dd>
        <dt className="font-medium">Conclusie</dt>
        <dd className="whitespace-pre-line">{content.conclusion || "—"}</dd>
        <dt className="font-medium">Notities</dt>
        <dd className="whitespace-pre-line">{content.notes || "—"}</dd>
      </dl>
    </div>
  );
}

/** What changed in one revision compared with the one before. */
export function ChangesTable({ changes, caption }: { changes: RevisionChange[]; caption: string }) {
  if (changes.length === 0) return <p className="text-muted">Geen inhoudelijke wijzigingen.</p>;
  return (
    <CaptionedTable caption={caption} columns={["Onderdeel", "Was", "Werd"]} className="min-w-[30rem] text-sm">
      {changes.map((change) => (
        <tr key={change.label} className="border-b border-line align-top">
          <th scope="row" className="py-2 pr-4 font-medium">{change.label}</th>
          <td className="py-2 pr-4 whitespace-pre-line"><del className="no-underline">{change.before}</del></td>
          <td className="py-2 whitespace-pre-line"><ins className="no-underline">{change.after}</ins></td>
        </tr>
      ))}
    </CaptionedTable>
  );
}
