// `npm run lighthouse`: measures the public pages with Lighthouse (mobile, default simulated throttling) and
// prints the four category scores per page. A measurement, not a test gate: it always exits 0 once it ran.
// Performance varies from run to run (Total Blocking Time is measured on this machine's CPU), so each page
// is measured LIGHTHOUSE_RUNS times (default 3) and the run with the median performance score is reported.
// It builds first when the build is missing or older than the sources, then runs `next start` on a free
// port with a throwaway embedded database (removed afterwards) and Debian's Chromium via chrome-launcher.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { findChromium, lighthouseVersion, measureLighthouse, publicPages } from "./lib/lighthouse";

const chromePath = findChromium();

function newestSource(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function buildIsCurrent(): boolean {
  const buildId = path.join(".next", "BUILD_ID");
  if (!existsSync(buildId)) return false;
  const sources = ["app", "components", "lib", "content", "db"].map(newestSource);
  const files = ["package-lock.json", "next.config.ts", "postcss.config.mjs"].filter(existsSync).map((file) => statSync(file).mtimeMs);
  return Math.max(...sources, ...files) < statSync(buildId).mtimeMs;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

async function waitFor(url: string, seconds: number): Promise<boolean> {
  for (let i = 0; i < seconds * 2; i++) {
    try {
      if ((await fetch(url)).ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return false;
}

const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" };
delete env.DATABASE_URL; // always the throwaway embedded database, never a real server's data

if (!chromePath) {
  console.error("No Chromium found: install Debian's chromium or set CHROMIUM_PATH.");
  process.exit(1);
}
if (!buildIsCurrent()) {
  console.log("Building the app (the build is missing or older than the sources)…");
  if (spawnSync("npx", ["next", "build"], { stdio: "inherit", env }).status !== 0) process.exit(1);
}

const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
const dataDir = path.join(".data", `lh-${randomBytes(4).toString("hex")}`);
const server = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], {
  env: { ...env, PGLITE_DIR: dataDir, AUTH_SECRET: randomBytes(33).toString("base64"), APP_URL: origin },
  stdio: ["ignore", "ignore", "inherit"],
  detached: true, // its own process group, so stopping it also stops the node process npx starts
});
const stopServer = () => {
  try {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
  } catch {
    // already gone
  }
};
process.on("exit", () => {
  stopServer();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(`${dataDir}.lock`, { force: true }); // db/index.ts locks the directory with a file beside it
});

try {
  if (!(await waitFor(`${origin}/`, 120))) throw new Error(`next start did not answer on ${origin} within 120 s`);
  const runs = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 3));
  const measured = await measureLighthouse(origin, publicPages, { runs, chromePath });
  const notes = measured.notes;
  const rows = measured.rows.map((row) => [row.page, ...(row.scores ?? [null, null, null, null]).map((score) => (score === null ? "–" : String(score))), row.performanceRuns.join("/")]);

  const header = ["page", "performance", "accessibility", "best practices", "SEO", "performance per run"];
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(" | ")} |`;
  console.log(`\nLighthouse ${lighthouseVersion} · mobile · simulated throttling · median of ${runs} run(s) · ${origin}\n`);
  console.log(line(header));
  console.log(`| ${widths.map((w, i) => (i === 0 ? "-".repeat(w) : `${"-".repeat(w - 1)}:`)).join(" | ")} |`);
  for (const row of rows) console.log(line(row));
  if (notes.length) console.log(`\nBelow 100 because of:\n${notes.map((note) => `- ${note}`).join("\n")}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  stopServer();
}

