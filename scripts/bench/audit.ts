// Section `audit`: `npm audit --omit=dev`.
import { spawnSync } from "node:child_process";
import { rows } from "./table";

/**
 * `npm audit --omit=dev`: the high and critical advisories against the production dependencies, or why the
 * registry could not say (some registries and mirrors do not serve the advisory endpoint).
 */
export function auditProductionDependencies(): void {
  const result = spawnSync("npm", ["audit", "--omit=dev", "--json"], { encoding: "utf8" });
  let report: { metadata?: { vulnerabilities?: Record<string, number> }; message?: string; error?: { summary?: string } } = {};
  try {
    report = JSON.parse(result.stdout || "{}") as typeof report;
  } catch {
    // not JSON: reported below as unavailable
  }
  const counts = report.metadata?.vulnerabilities;
  const value = counts
    ? `${counts.critical ?? 0} critical, ${counts.high ?? 0} high, ${counts.moderate ?? 0} moderate, ${counts.low ?? 0} low`
    : `not available here: ${report.message ?? report.error?.summary ?? "the registry gave no report"}`;
  rows.push({ measurement: "npm audit --omit=dev (production dependencies)", value });
}
