// Lighthouse on a running server: the four category scores per page (mobile, default simulated throttling),
// the median-performance run of `runs`, and the audits that kept a category from 100. Used by
// `npm run lighthouse` and `npm run bench`.
import { existsSync, readFileSync } from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

export const publicPages = ["/", "/kennisbank", "/kennisbank/kramp-in-je-hamstring", "/kennisbank/overbelaste-hamstring", "/klachtencheck", "/privacy"];
export const lighthouseCategories = ["performance", "accessibility", "best-practices", "seo"] as const;
export const lighthouseVersion = (JSON.parse(readFileSync("node_modules/lighthouse/package.json", "utf8")) as { version: string }).version;

export function findChromium(): string | undefined {
  return [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => !!p && existsSync(p));
}

export type LighthouseRow = {
  page: string;
  /** Scores 0–100 in the order of `lighthouseCategories`; null when the page could not be measured. */
  scores: number[] | null;
  /** The performance score of every run, in run order sorted. */
  performanceRuns: number[];
};

export async function measureLighthouse(
  origin: string,
  pages: readonly string[],
  { runs = 1, chromePath = findChromium() }: { runs?: number; chromePath?: string } = {},
): Promise<{ rows: LighthouseRow[]; notes: string[] }> {
  if (!chromePath) throw new Error("No Chromium found: install Debian's chromium or set CHROMIUM_PATH.");
  for (const page of pages) await fetch(`${origin}${page}`); // warm up, so the first audit does not time a cold start
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  const rows: LighthouseRow[] = [];
  const notes: string[] = [];
  try {
    for (const page of pages) {
      const results = [];
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(`${origin}${page}`, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...lighthouseCategories] });
        if (result?.lhr) results.push(result.lhr);
      }
      results.sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
      const lhr = results[Math.floor(results.length / 2)];
      if (!lhr) {
        rows.push({ page, scores: null, performanceRuns: [] });
        continue;
      }
      rows.push({
        page,
        scores: lighthouseCategories.map((id) => Math.round((lhr.categories[id]?.score ?? 0) * 100)),
        performanceRuns: results.map((r) => Math.round((r.categories.performance?.score ?? 0) * 100)),
      });
      // Name what kept a category from 100 in the reported run, so a lower figure can be explained.
      for (const id of lighthouseCategories) {
        for (const ref of lhr.categories[id]?.auditRefs ?? []) {
          const audit = lhr.audits[ref.id];
          if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
            notes.push(`${page} ${id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ""}`);
          }
        }
      }
    }
  } finally {
    await chrome.kill();
  }
  return { rows, notes };
}
