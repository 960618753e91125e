// Section `dev` (issue 12, point 21): `npm run dev` as a newcomer meets it on a fresh clone — no embedded
// database yet, no development build cache (.next/dev is removed first) — timed from the command to the
// server's "Ready", to the first home page, and to the first /afspraak after it. Not a test: it measures.
// A fresh clone is one after the README's `npm ci`, whose postinstall makes the template of a new embedded
// database (scripts/pglite-template.mjs, ~4 s once per PGlite version, paid by npm ci): the rows say
// whether it was there, and the template's build time is measured too (into a scratch file).
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pgliteTemplatePath } from "../../db/pglite-template.mjs";
import { freePort } from "../proof/support";
import { rows } from "./table";

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function firstAnswer(url: string, deadline: number): Promise<number> {
  for (;;) {
    try {
      const response = await fetch(url, { redirect: "manual" });
      if (response.status < 500) {
        await response.arrayBuffer();
        return response.status;
      }
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within the deadline`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Whether `npm ci` left the template of a new embedded database (db/index.ts uses it). */
function templatePresent(): boolean {
  try {
    return existsSync(pgliteTemplatePath(process.cwd()));
  } catch {
    return false;
  }
}

export async function benchDev(): Promise<void> {
  const template = templatePresent() ? "template from npm ci" : "no template: initdb";
  rmSync(path.join(".next", "dev"), { recursive: true, force: true });
  const dataDir = mkdtempSync(path.join(tmpdir(), "keten-bench-dev-"));
  const port = await freePort();
  const started = Date.now();
  let ready = 0;
  const child = spawn("npx", ["next", "dev", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, NODE_ENV: "development", PGLITE_DIR: path.join(dataDir, "pglite"), NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "inherit"],
    detached: true,
  });
  child.stdout.on("data", (chunk: Buffer) => {
    if (!ready && /Ready in/.test(chunk.toString())) ready = Date.now();
  });
  try {
    const origin = `http://127.0.0.1:${port}`;
    const deadline = started + 300_000;
    await firstAnswer(`${origin}/`, deadline);
    const home = Date.now();
    await firstAnswer(`${origin}/afspraak`, deadline);
    const booking = Date.now();
    rows.push({ measurement: "npm run dev, fresh clone: server ready", value: ready ? seconds(ready - started) : "(no 'Ready' line)" });
    rows.push({ measurement: `npm run dev, fresh clone: first page (/) answered (${template})`, value: seconds(home - started) });
    rows.push({ measurement: "npm run dev, fresh clone: first /afspraak after it", value: seconds(booking - home) });
  } finally {
    if (child.pid) {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // already gone
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    rmSync(dataDir, { recursive: true, force: true });
  }
  rows.push({ measurement: "npm ci's postinstall: the embedded database's template", value: seconds(timeTemplateBuild()) });
}

/** What the template costs `npm ci`: the postinstall script timed into a scratch folder. */
function timeTemplateBuild(): number {
  const scratch = mkdtempSync(path.join(tmpdir(), "keten-bench-template-"));
  const started = Date.now();
  try {
    execFileSync(process.execPath, [path.resolve("scripts", "pglite-template.mjs")], { env: { ...process.env, KETEN_TEMPLATE_DIR: scratch }, stdio: "ignore" });
    return Date.now() - started;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
