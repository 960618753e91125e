// The page sections (portal, clinical): an embedded database prepared by a script of their own, served by
// `next start`, logged in through the real forms, and pages timed as a browser asks for them.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { generate } from "otplib";
import { actionFormFields, ensureBuild, freePort } from "../proof/support";
import { serve, startServer, type Server } from "./servers";
import { kB, rows } from "./table";

/**
 * Builds when needed, runs `script` to prepare a throwaway database — embedded (PGLITE_DIR), or the empty one
 * at `databaseUrl` that the caller made and drops — and serves it with `next start`; returns the server and
 * the script's last line of output. Stopping removes embedded data.
 */
export async function servePrepared(section: string, script: string, databaseUrl?: string): Promise<{ app: Server; prepared: string }> {
  // One AUTH_SECRET for the script and the server: second-factor secrets are encrypted under it.
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", AUTH_SECRET: randomBytes(33).toString("base64") };
  delete env.DATABASE_URL;
  delete env.NODE_OPTIONS;
  if (!ensureBuild(env)) throw new Error(`bench ${section}: next build failed`);
  const dataDir = path.join(".data", `bench-${section}-${randomBytes(4).toString("hex")}`);
  const database: Record<string, string> = databaseUrl ? { DATABASE_URL: databaseUrl } : { PGLITE_DIR: dataDir };
  const cleanup = () => {
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(`${dataDir}.lock`, { force: true });
  };
  const run = spawnSync("npx", ["tsx", script], { env: { ...env, ...database }, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  if (run.status !== 0) {
    cleanup();
    throw new Error(`bench ${section}: preparing the database failed`);
  }
  const port = await freePort();
  const app = await serve(
    startServer("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], { ...env, ...database, NODE_ENV: "production", APP_URL: `http://127.0.0.1:${port}` }, port),
    port,
    cleanup,
  );
  return { app, prepared: run.stdout.trim().split("\n").at(-1) ?? "" };
}

/** The cookies a response sets (name=value), merged over the ones sent. */
function withCookies(sent: string, response: Response): string {
  const jar = new Map(sent ? sent.split("; ").map((c) => [c.slice(0, c.indexOf("=")), c] as const) : []);
  for (const cookie of response.headers.getSetCookie().map((c) => c.split(";")[0]!)) {
    const name = cookie.slice(0, cookie.indexOf("="));
    if (cookie.endsWith("=")) jar.delete(name);
    else jar.set(name, cookie);
  }
  return [...jar.values()].join("; ");
}

/** Posts the server-action form that holds `marker` on the page at `url` (as a browser without JavaScript would). */
async function postForm(origin: string, url: string, cookie: string, marker: string, fields: Record<string, string>): Promise<Response> {
  const html = await (await fetch(`${origin}${url}`, { headers: { cookie }, redirect: "manual" })).text();
  const at = html.indexOf(marker);
  const hidden = at < 0 ? null : actionFormFields(html.slice(html.lastIndexOf("<form", at)));
  if (!hidden) throw new Error(`bench: no form with ${marker} on ${url}`);
  const form = new FormData();
  for (const [name, value] of hidden) form.append(name, value);
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return fetch(`${origin}${url}`, { method: "POST", body: form, headers: { origin, cookie }, redirect: "manual" });
}

/**
 * Logs in through the login form and, for an account with two-factor login (all staff, decision 009), the code
 * form with a code computed from the secret; returns the session cookies after checking that `home` opens.
 */
export async function loginThroughForms(origin: string, account: { email: string; password: string; totpSecret?: string }, home: string): Promise<string> {
  let cookie = withCookies("", await postForm(origin, "/inloggen", "", 'name="email"', { email: account.email, password: account.password }));
  if (!cookie) throw new Error(`bench: logging in as ${account.email} gave no cookie`);
  if (account.totpSecret) {
    const code = await generate({ secret: account.totpSecret, epoch: Math.floor(Date.now() / 1000) });
    cookie = withCookies(cookie, await postForm(origin, "/inloggen/tweestaps", cookie, 'name="code"', { code }));
  }
  const check = await fetch(`${origin}${home}`, { headers: { cookie }, redirect: "manual" });
  if (check.status !== 200) throw new Error(`bench: after logging in as ${account.email}, ${home} answered ${check.status}`);
  return cookie;
}

export const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

/**
 * The CPU time (user + system, ms) the process listening on `origin`'s port has used so far, from /proc (Linux;
 * null elsewhere). Unlike the wall time it hardly grows with the load others put on the machine.
 */
export function serverCpuMs(origin: string): number | null {
  const port = new URL(origin).port;
  const listing = spawnSync("ss", ["-ltnpH", `sport = :${port}`], { encoding: "utf8" });
  const pid = /pid=(\d+)/.exec(listing.stdout ?? "")?.[1];
  if (!pid) return null;
  try {
    // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th, in ticks of 10 ms.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/**
 * GETs each page `requests` times after three to warm up; a row per page with p50 / p95, the server's CPU time
 * per request (where /proc tells) and the HTML size.
 */
export async function timePages(origin: string, cookie: string, pages: { label: string; url: string }[], requests: number): Promise<void> {
  for (const page of pages) {
    const times: number[] = [];
    let size = 0;
    let cpuBefore: number | null = null;
    for (let i = 0; i < requests + 3; i++) {
      if (i === 3) cpuBefore = serverCpuMs(origin);
      const started = performance.now();
      const response = await fetch(`${origin}${page.url}`, { headers: { cookie }, redirect: "manual" });
      const body = await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`bench: ${page.url} answered ${response.status}`);
      if (i >= 3) times.push(performance.now() - started);
      size = body.byteLength;
    }
    const cpuAfter = serverCpuMs(origin);
    const cpu = cpuBefore === null || cpuAfter === null ? "" : `, CPU ${((cpuAfter - cpuBefore) / requests).toFixed(0)} ms/request`;
    times.sort((a, b) => a - b);
    rows.push({ measurement: `${page.label}: server time p50 / p95${cpu ? ", CPU" : ""}, HTML`, value: `${percentile(times, 50).toFixed(0)} / ${percentile(times, 95).toFixed(0)} ms${cpu}, ${kB(size)}` });
  }
}
