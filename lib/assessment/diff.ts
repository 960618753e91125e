import { chainLinks, GRADE_LABELS, linkLabels, linkMeasures, ratingLabels, type AssessmentContent, type ChainLink } from "./chain";
import { formatPercent, hamstringSymmetry } from "./symmetry";

/**
 * What changed between two revisions of an assessment, in words a therapist reads at a glance: one entry
 * per changed item (a link's rating, findings or a measure, the grade, the conclusion, the weak links, the
 * notes), with the value before and after. Pure.
 */
export type RevisionChange = {
  /** "Hamstring · Kracht hamstring links", "Graad", "Zwakke schakels"… */
  label: string;
  before: string;
  after: string;
};

const EMPTY = "(leeg)";

function text(value: string): string {
  return value.trim() === "" ? EMPTY : value.trim();
}

function formatNumber(value: number | undefined, unit: string): string {
  if (value === undefined) return EMPTY;
  const number = value.toLocaleString("nl-NL", { maximumFractionDigits: 1 });
  return unit === "°" ? `${number}°` : `${number} ${unit}`;
}

function weakLinksText(links: ChainLink[]): string {
  if (links.length === 0) return "(geen)";
  return chainLinks.filter((link) => links.includes(link)).map((link) => linkLabels[link]).join(", ");
}

export function revisionDiff(before: AssessmentContent, after: AssessmentContent): RevisionChange[] {
  const changes: RevisionChange[] = [];
  const push = (label: string, a: string, b: string) => {
    if (a !== b) changes.push({ label, before: a, after: b });
  };

  for (const link of chainLinks) {
    const a = before.links[link];
    const b = after.links[link];
    const name = linkLabels[link];
    push(`${name} · beoordeling`, a.rating ? ratingLabels[a.rating] : EMPTY, b.rating ? ratingLabels[b.rating] : EMPTY);
    push(`${name} · bevindingen`, text(a.findings), text(b.findings));
    const known = linkMeasures[link];
    for (const measure of known) {
      push(`${name} · ${measure.label}`, formatNumber(a.measures[measure.key], measure.unit), formatNumber(b.measures[measure.key], measure.unit));
    }
    // Measures the form no longer knows still count as changes.
    const extra = new Set([...Object.keys(a.measures), ...Object.keys(b.measures)].filter((key) => !known.some((m) => m.key === key)));
    for (const key of extra) push(`${name} · ${key}`, formatNumber(a.measures[key], ""), formatNumber(b.measures[key], ""));
    if (link === "hamstring") {
      const sa = hamstringSymmetry(a.measures);
      const sb = hamstringSymmetry(b.measures);
      push(`${name} · symmetrie`, sa ? formatPercent(sa.percent) : EMPTY, sb ? formatPercent(sb.percent) : EMPTY);
    }
  }

  push("Geschatte graad", before.gradeEstimate ? GRADE_LABELS[before.gradeEstimate] : "(niet geschat)", after.gradeEstimate ? GRADE_LABELS[after.gradeEstimate] : "(niet geschat)");
  push("Zwakke schakels", weakLinksText(before.weakLinks), weakLinksText(after.weakLinks));
  push("Conclusie", text(before.conclusion), text(after.conclusion));
  push("Notities", text(before.notes), text(after.notes));
  return changes;
}
