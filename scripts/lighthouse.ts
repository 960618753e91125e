// `npm run lighthouse`: measures the public pages with Lighthouse (mobile, default simulated throttling)
// beside a hello-world App Router page built and served the same way (bench/hello-next, issue 14 point 3),
// and prints the four category scores per page. A measurement, not a test gate: it exits 0 once it ran.
// Performance varies from run to run (Total Blocking Time is measured on this machine's CPU), so each page
// is measured LIGHTHOUSE_RUNS times (default 3) and the run with the median performance score is reported.
// It builds both apps first when a build is missing or older than the sources, then runs `next start` for
// each on a free port (the app with a throwaway embedded database, removed afterwards) and Debian's Chromium
// via chrome-launcher.
// LIGHTHOUSE_SAVE=dir keeps every run's full report (JSON) in dir, to see which metrics lose points;
// LIGHTHOUSE_PAGES=/,/privacy measures only those public pages.
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import path from "node:path";
import { ensureBuilds, HELLO_DIR, serve, startServer, type Server } from "./bench/servers";
import { findChromium, lighthouseVersion, measureLighthouse, metricsLine, publicPages, type LighthouseRow } from "./lib/lighthouse";
import { freePort } from "./proof/support";

const chromePath = findChromium();
const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
delete env.DATABASE_URL; // always the throwaway embedded database, never a real server's data
delete env.NODE_OPTIONS;

if (!chromePath) {
  console.error("No Chromium found: install Debian's chromium or set CHROMIUM_PATH.");
  process.exit(1);
}
ensureBuilds(env);

const servers: Server[] = [];
try {
  const dataDir = path.join(".data", `lh-${randomBytes(4).toString("hex")}`);
  const appPort = await freePort();
  const origin = `http://127.0.0.1:${appPort}`;
  const appEnv: NodeJS.ProcessEnv = { ...env, NODE_ENV: "production", PGLITE_DIR: dataDir, AUTH_SECRET: randomBytes(33).toString("base64"), APP_URL: origin };
  servers.push(
    await serve(startServer("npx", ["next", "start", "-p", String(appPort), "-H", "127.0.0.1"], appEnv, appPort), appPort, () => {
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(`${dataDir}.lock`, { force: true }); // db/index.ts locks the directory with a file beside it
    }),
  );
  const helloPort = await freePort();
  const helloCommand = path.resolve("node_modules/.bin/next");
  const hello = await serve(startServer(helloCommand, ["start", "-p", String(helloPort), "-H", "127.0.0.1"], { ...env, NODE_ENV: "production" }, helloPort, HELLO_DIR), helloPort);
  servers.push(hello);

  const runs = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 3));
  const saveDir = process.env.LIGHTHOUSE_SAVE || undefined;
  const pages = process.env.LIGHTHOUSE_PAGES ? process.env.LIGHTHOUSE_PAGES.split(",").filter((p) => publicPages.includes(p)) : publicPages;
  const baseline = (await measureLighthouse(hello.origin, ["/"], { runs, chromePath, saveDir, label: "hello-" })).rows[0]!;
  const measured = await measureLighthouse(origin, pages, { runs, chromePath, saveDir });
  const helloPerformance = baseline.scores?.[0] ?? null;
  const cells = (row: LighthouseRow, page: string, verdict: string) => [page, ...(row.scores ?? [null, null, null, null]).map((score) => (score === null ? "–" : String(score))), row.performanceRuns.join("/"), verdict];
  const holds = (row: LighthouseRow) => {
    if (!row.scores || helloPerformance === null) return "not measured";
    const [performance, ...rest] = row.scores;
    return performance! >= helloPerformance && rest.every((score) => score === 100) ? "yes" : "no";
  };
  const rows = [cells(baseline, "hello-world App Router page (bench/hello-next)", "baseline"), ...measured.rows.map((row) => cells(row, row.page, holds(row)))];

  const header = ["page", "performance", "accessibility", "best practices", "SEO", "performance per run", "perf ≥ hello-world, others 100"];
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  const line = (row: string[]) => `| ${row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(" | ")} |`;
  console.log(`\nLighthouse ${lighthouseVersion} · mobile · simulated throttling · median of ${runs} run(s) · app ${origin} · hello-world ${hello.origin}\n`);
  console.log(line(header));
  console.log(`| ${widths.map((w, i) => (i === 0 ? "-".repeat(w) : `${"-".repeat(w - 1)}:`)).join(" | ")} |`);
  for (const row of rows) console.log(line(row));
  // Where the performance score came from in each reported run (value and score of each metric, 0–1).
  console.log(`\nMetrics of the reported run (value, score):\n${[baseline, ...measured.rows].map((row) => `- ${row === baseline ? "hello-world" : row.page}: ${metricsLine(row)}`).join("\n")}`);
  if (measured.notes.length) console.log(`\nBelow 100 because of:\n${measured.notes.map((note) => `- ${note}`).join("\n")}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  for (const server of servers.reverse()) await server.stop();
}
