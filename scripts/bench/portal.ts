// Section `portal`: the patient's pages (Vandaag, the plan, progress) through `next start` for a patient
// with two years of daily sessions (scripts/bench/portal-data.ts): server time p50/p95 and HTML size per
// page. Goal (issue 16): p95 ≤ 100 ms and ≤ 100 kB. BENCH_PORTAL_REQUESTS (40) requests per page;
// BENCH_PORTAL_HTML_DIR keeps each page's last answer there (to read what the bytes are).
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { portalPatients } from "@/e2e/support/portal-accounts";
import { actionFormFields, ensureBuild, freePort } from "../proof/support";
import { serve, startServer } from "./servers";
import { kB, rows } from "./table";

const PAGES = ["/portaal", "/portaal/plan", "/portaal/voortgang"];

/** Logs in through the login form (a server action) and returns the session cookie. */
async function loginCookie(origin: string, email: string, password: string): Promise<string> {
  const page = await fetch(`${origin}/inloggen`);
  const fields = actionFormFields(await page.text());
  if (!fields) throw new Error("bench portal: no login form");
  const form = new FormData();
  for (const [name, value] of fields) form.append(name, value);
  form.append("email", email);
  form.append("password", password);
  const response = await fetch(`${origin}/inloggen`, { method: "POST", body: form, headers: { origin }, redirect: "manual" });
  const cookies = response.headers.getSetCookie().map((c) => c.split(";")[0]!).filter((c) => !c.endsWith("="));
  if (!cookies.length) throw new Error(`bench portal: login gave no cookie (${response.status})`);
  return cookies.join("; ");
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

export async function benchPortal(): Promise<void> {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  delete env.DATABASE_URL; // a throwaway embedded database
  delete env.NODE_OPTIONS;
  if (!ensureBuild(env)) throw new Error("bench portal: next build failed");
  const dataDir = path.join(".data", `bench-portal-${randomBytes(4).toString("hex")}`);
  const cleanup = () => {
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(`${dataDir}.lock`, { force: true });
  };
  const prepared = spawnSync("npx", ["tsx", "scripts/bench/portal-data.ts"], { env: { ...env, PGLITE_DIR: dataDir }, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  if (prepared.status !== 0) {
    cleanup();
    throw new Error("bench portal: preparing the database failed");
  }
  const described = prepared.stdout.trim().split("\n").at(-1) ?? "";
  const port = await freePort();
  const app = await serve(
    startServer("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], { ...env, NODE_ENV: "production", PGLITE_DIR: dataDir, AUTH_SECRET: randomBytes(33).toString("base64"), APP_URL: `http://127.0.0.1:${port}` }, port),
    port,
    cleanup,
  );
  try {
    const { anna } = portalPatients;
    const cookie = await loginCookie(app.origin, anna.email, anna.password);
    const requests = Number(process.env.BENCH_PORTAL_REQUESTS ?? 40);
    rows.push({ measurement: "portal pages: data", value: described.replace(/^portal bench data: /, "") });
    for (const page of PAGES) {
      const times: number[] = [];
      let last = new ArrayBuffer(0);
      for (let i = 0; i < requests + 3; i++) {
        const started = performance.now();
        const response = await fetch(`${app.origin}${page}`, { headers: { cookie }, redirect: "manual" });
        const body = await response.arrayBuffer();
        if (response.status !== 200) throw new Error(`bench portal: ${page} answered ${response.status}`);
        if (i >= 3) times.push(performance.now() - started); // the first three warm up
        last = body;
      }
      times.sort((a, b) => a - b);
      const keep = process.env.BENCH_PORTAL_HTML_DIR;
      if (keep) {
        mkdirSync(keep, { recursive: true });
        writeFileSync(path.join(keep, `${page.slice(1).replaceAll("/", "-")}.html`), Buffer.from(last));
      }
      rows.push({ measurement: `portal ${page}: server time p50 / p95, HTML`, value: `${percentile(times, 50).toFixed(0)} / ${percentile(times, 95).toFixed(0)} ms, ${kB(last.byteLength)}` });
    }
  } finally {
    await app.stop();
  }
}
