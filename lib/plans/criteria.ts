/**
 * Exit criteria that carry a number the practice measures. Today that is one kind: strength of the
 * hamstring compared with the other leg ("≥ 90% kracht t.o.v. andere been", "Minimaal 90% kracht ten
 * opzichte van het andere been"). Such a criterion can be checked against the latest assessment's
 * symmetry; every other criterion stays the therapist's judgement. Pure.
 */
export type NumericCriterion =
  | { kind: "strength_symmetry"; thresholdPercent: number }
  /** "PSK gemiddeld ≤ 3", "NPRS ≤ 2": the latest outcome measure at or below the maximum (issue 17, point 3). */
  | { kind: "psk_average" | "nprs"; max: number };

const OUTCOME = /\b(PSK|NPRS)\b[^0-9≤<]*?(?:≤|<=|=<|\bmaximaal\b|\bhoogstens\b|\bten hoogste\b|\bniet meer dan\b)\s*(\d{1,2}(?:[.,]\d)?)/i;

function parseOutcomeCriterion(criterion: string): NumericCriterion | null {
  const match = OUTCOME.exec(criterion);
  if (!match?.[1] || !match[2]) return null;
  const max = Number(match[2].replace(",", "."));
  if (!Number.isFinite(max) || max < 0 || max > 10) return null;
  return { kind: match[1].toUpperCase() === "PSK" ? "psk_average" : "nprs", max };
}

const STRENGTH_WORDS = /\b(kracht|sterkte|symmetrie|symmetrisch)\b/i;
const AT_LEAST_BEFORE = /(?:≥|>=|=>|\bminimaal\b|\bminstens\b|\bten minste\b|\btenminste\b|\bop zijn minst\b|\bniet minder dan\b)\s*(\d{1,3}(?:[.,]\d+)?)\s*(?:%|procent\b)/i;
const AT_LEAST_AFTER = /(\d{1,3}(?:[.,]\d+)?)\s*(?:%|procent\b)\s*(?:of meer|of hoger|en meer)/i;

/** The threshold of a "at least N% strength" criterion, or null when the criterion is not such a one. */
export function parseNumericCriterion(criterion: string): NumericCriterion | null {
  const outcome = parseOutcomeCriterion(criterion);
  if (outcome) return outcome;
  if (!STRENGTH_WORDS.test(criterion)) return null;
  const match = AT_LEAST_BEFORE.exec(criterion) ?? AT_LEAST_AFTER.exec(criterion);
  if (!match?.[1]) return null;
  const threshold = Number(match[1].replace(",", "."));
  if (!Number.isFinite(threshold) || threshold <= 0 || threshold > 100) return null;
  return { kind: "strength_symmetry", thresholdPercent: threshold };
}

export type SymmetryMeasurement = { percent: number; assessedOn: string };

/** The latest PSK average and NPRS score, with the date they were filled in (YYYY-MM-DD). */
export type OutcomeMeasurement = { value: number; measuredOn: string };
export type LatestOutcomes = { psk: OutcomeMeasurement | null; nprs: OutcomeMeasurement | null };

export type CriterionCheck = {
  criterion: string;
  numeric: NumericCriterion | null;
  /** For a numeric criterion with a measurement: whether the measurement satisfies it; otherwise null. */
  metByMeasurement: boolean | null;
  measurement: SymmetryMeasurement | null;
  /** For a PSK or NPRS criterion: the latest measure it was checked against. */
  outcome?: OutcomeMeasurement | null;
};

/** Checks each criterion against the latest hamstring symmetry or outcome measure, where it is a numeric one. */
export function checkCriteria(criteria: readonly string[], latest: SymmetryMeasurement | null, outcomes: LatestOutcomes = { psk: null, nprs: null }): CriterionCheck[] {
  return criteria.map((criterion) => {
    const numeric = parseNumericCriterion(criterion);
    if (numeric && numeric.kind !== "strength_symmetry") {
      const measured = numeric.kind === "psk_average" ? outcomes.psk : outcomes.nprs;
      return { criterion, numeric, metByMeasurement: measured ? measured.value <= numeric.max : null, measurement: null, outcome: measured };
    }
    if (!numeric || !latest) return { criterion, numeric, metByMeasurement: null, measurement: numeric ? latest : null };
    return { criterion, numeric, metByMeasurement: latest.percent >= numeric.thresholdPercent, measurement: latest };
  });
}

/** Exit criteria as a therapist types them: one per line, blank lines and surrounding spaces dropped. */
export function criteriaFromLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}
