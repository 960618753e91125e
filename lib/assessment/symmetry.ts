/**
 * Strength symmetry between the legs: the weaker side as a percentage of the stronger one (100% = equal).
 * Pure. Rounded *down* to one decimal so a rounded figure never claims a criterion that was not reached
 * (89.96% is shown as 89.9%, not 90%).
 */
export type Symmetry = { percent: number; weakerSide: "left" | "right" | null };

export function symmetryPercent(left: number | null | undefined, right: number | null | undefined): Symmetry | null {
  if (left == null || right == null || !Number.isFinite(left) || !Number.isFinite(right)) return null;
  if (left < 0 || right < 0) return null;
  const stronger = Math.max(left, right);
  // Both zero: nothing was measured in any meaningful sense, so there is no symmetry to report.
  if (stronger === 0) return null;
  const weaker = Math.min(left, right);
  const percent = Math.floor((weaker / stronger) * 1000 + 1e-9) / 10;
  return { percent, weakerSide: left === right ? null : left < right ? "left" : "right" };
}

/** "87%" or "87,5%" in Dutch notation. */
export function formatPercent(percent: number): string {
  return `${percent.toLocaleString("nl-NL", { maximumFractionDigits: 1 })}%`;
}

/** The hamstring symmetry of a revision's measures (strengthLeft / strengthRight), if both were recorded. */
export function hamstringSymmetry(measures: Record<string, number> | undefined): Symmetry | null {
  return symmetryPercent(measures?.strengthLeft, measures?.strengthRight);
}
