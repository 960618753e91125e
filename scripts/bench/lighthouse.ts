// Section `lighthouse`: Lighthouse scores per public page (LIGHTHOUSE_RUNS, default 1, runs per page).
import type { Server } from "./servers";
import { lighthouseNotes, rows } from "./table";

export async function measureLighthouseScores(app: Server, hello?: Server): Promise<void> {
  const { findChromium, lighthouseCategories, lighthouseVersion, measureLighthouse, publicPages } = await import("../lib/lighthouse");
  if (!findChromium()) {
    rows.push({ measurement: "Lighthouse", value: "skipped: no Chromium (install Debian's chromium or set CHROMIUM_PATH)" });
  } else {
    const runs = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 1));
    if (hello) {
      const { rows: helloScores } = await measureLighthouse(hello.origin, ["/"], { runs });
      for (const row of helloScores) {
        rows.push({
          measurement: `Lighthouse ${lighthouseVersion} hello-world App Router page (${lighthouseCategories.join(" · ")})`,
          value: row.scores ? `${row.scores.join(" · ")}${runs > 1 ? ` (median of ${runs})` : ""}` : "not measured",
        });
      }
    }
    const { rows: scores, notes } = await measureLighthouse(app.origin, publicPages, { runs });
    lighthouseNotes.push(...notes);
    for (const row of scores) {
      rows.push({
        measurement: `Lighthouse ${lighthouseVersion} ${row.page} (${lighthouseCategories.join(" · ")})`,
        value: row.scores ? `${row.scores.join(" · ")}${runs > 1 ? ` (median of ${runs})` : ""}` : "not measured",
      });
    }
  }
}
