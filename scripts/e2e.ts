// `npm run test:e2e`: builds the app and runs the Playwright tests against `next start` on a fresh database
// of its own: a new PGlite directory, or (with DATABASE_URL) a new database on that server, dropped after.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { ensureBrowser } from "./lib/browser";
import { freePort } from "./proof/support";

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): number {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  return result.status ?? 1;
}

async function admin(url: string, statement: string): Promise<void> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await sql.unsafe(statement);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

ensureBrowser();

const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: "production",
  AUTH_SECRET: process.env.AUTH_SECRET ?? randomBytes(33).toString("base64"),
  // Next.js fills X-Forwarded-For from the connection when a client sends none, as a reverse proxy would;
  // trusting it here lets the tests exercise per-IP throttling and audit IPs (and simulate clients).
  TRUSTED_PROXY_HEADER: "x-forwarded-for",
  // The browser tests read activation and booking e-mails from the outbox at /dev/mail.
  DEV_MAILBOX: "on",
};
const port = await freePort();
env.E2E_PORT = String(port);
env.APP_URL = `http://127.0.0.1:${port}`;

let cleanup = () => Promise.resolve();
const serverUrl = process.env.DATABASE_URL || undefined;
if (serverUrl) {
  const name = `keten_e2e_${randomBytes(6).toString("hex")}`;
  await admin(serverUrl, `create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  env.DATABASE_URL = url.toString();
  cleanup = () => admin(serverUrl, `drop database if exists "${name}" with (force)`);
} else {
  const dir = path.join(".data", `e2e-${randomBytes(4).toString("hex")}`);
  env.PGLITE_DIR = dir;
  cleanup = async () => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(`${dir}.lock`, { force: true });
  };
}

// Migrate, seed the demo data and write the test fixtures before the server starts (it then owns the
// database; a server is migrated explicitly, as in production).
if (run("npx", ["tsx", "e2e/fixtures/prepare-database.ts"], env) !== 0) {
  await cleanup();
  process.exit(1);
}

let status = run("npx", ["next", "build"], { ...env, NEXT_TELEMETRY_DISABLED: "1" });
if (status === 0) status = run("npx", ["playwright", "test", ...process.argv.slice(2)], env);
await cleanup();
process.exit(status);
