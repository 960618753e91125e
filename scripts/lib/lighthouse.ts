// Lighthouse on a running server: the four category scores per page (mobile, default simulated throttling),
// the median-performance run of `runs`, and the audits that kept a category from 100. Used by
// `npm run lighthouse` and `npm run bench`.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

export const publicPages = ["/", "/kennisbank", "/kennisbank/kramp-in-je-hamstring", "/kennisbank/overbelaste-hamstring", "/klachtencheck", "/privacy", "/praktisch"];
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
  /** The metrics behind the performance score in the reported run: what each one measured and scored. */
  metrics: { id: string; value: string; score: number }[];
};

/** The five metrics the performance score is made of (Lighthouse 12: FCP 10%, SI 10%, LCP 25%, TBT 30%, CLS 25%). */
export const performanceMetrics = [
  ["first-contentful-paint", "FCP"],
  ["largest-contentful-paint", "LCP"],
  ["total-blocking-time", "TBT"],
  ["speed-index", "SI"],
  ["cumulative-layout-shift", "CLS"],
] as const;

/** "LCP 2.4 s (0.91)": a metric's value and its score, so a lower performance figure says where it lost points. */
export function metricsLine(row: LighthouseRow): string {
  return row.metrics.map((m) => `${m.id} ${m.value} (${m.score.toFixed(2)})`).join(" · ");
}

export async function measureLighthouse(
  origin: string,
  pages: readonly string[],
  {
    runs = 1,
    chromePath = findChromium(),
    saveDir,
    label = "",
  }: {
    runs?: number;
    chromePath?: string;
    /** When set, every run's full Lighthouse report (JSON) is written here, to see which metrics lose points. */
    saveDir?: string;
    /** Prefix of the saved reports' file names (e.g. "hello"). */
    label?: string;
  } = {},
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
        if (result?.lhr && saveDir) {
          mkdirSync(saveDir, { recursive: true });
          const name = `${label}${page === "/" ? "home" : page.slice(1).replaceAll("/", "_")}-${run + 1}.json`;
          writeFileSync(path.join(saveDir, name), JSON.stringify(result.lhr));
        }
      }
      results.sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
      const lhr = results[Math.floor(results.length / 2)];
      if (!lhr) {
        rows.push({ page, scores: null, performanceRuns: [], metrics: [] });
        continue;
      }
      rows.push({
        page,
        scores: lighthouseCategories.map((id) => Math.round((lhr.categories[id]?.score ?? 0) * 100)),
        performanceRuns: results.map((r) => Math.round((r.categories.performance?.score ?? 0) * 100)),
        metrics: performanceMetrics.map(([audit, id]) => ({ id, value: lhr.audits[audit]?.displayValue ?? "–", score: lhr.audits[audit]?.score ?? 0 })),
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
