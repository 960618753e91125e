// Section `lighthouse`: Lighthouse scores per public page beside the hello-world App Router page built and
// served the same way (issue 14, point 3: performance ≥ the hello-world page's, the other three 100).
// LIGHTHOUSE_RUNS (default 3) runs per page; the run with the median performance score is reported.
import type { LighthouseRow } from "../lib/lighthouse";
import type { Server } from "./servers";
import { lighthouseNotes, rows } from "./table";

export async function measureLighthouseScores(app: Server, hello: Server): Promise<void> {
  const { findChromium, lighthouseCategories, lighthouseVersion, measureLighthouse, metricsLine, publicPages } = await import("../lib/lighthouse");
  if (!findChromium()) {
    rows.push({ measurement: "Lighthouse", value: "skipped: no Chromium (install Debian's chromium or set CHROMIUM_PATH)" });
    return;
  }
  const runs = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 3));
  const shown = (row: LighthouseRow) =>
    `${row.scores!.join(" · ")}${runs > 1 ? ` (median of ${runs}; performance per run ${row.performanceRuns.join("/")})` : ""}; ${metricsLine(row)}`;
  const categories = lighthouseCategories.join(" · ");
  const { rows: [baseline] } = await measureLighthouse(hello.origin, ["/"], { runs });
  const helloPerformance = baseline?.scores?.[0];
  rows.push({
    measurement: `Lighthouse ${lighthouseVersion} hello-world App Router page (${categories})`,
    value: baseline?.scores ? shown(baseline) : "not measured",
  });
  const { rows: scores, notes } = await measureLighthouse(app.origin, publicPages, { runs });
  lighthouseNotes.push(...notes);
  for (const row of scores) {
    const holds = row.scores && helloPerformance !== undefined ? row.scores[0]! >= helloPerformance && row.scores.slice(1).every((s) => s === 100) : false;
    rows.push({
      measurement: `Lighthouse ${lighthouseVersion} ${row.page} (${categories})`,
      value: row.scores ? `${shown(row)} ${holds ? "✓" : "✗"} (performance ≥ hello-world, others 100)` : "not measured",
    });
  }
}
