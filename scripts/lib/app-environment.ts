import { createHash } from "node:crypto";
import path from "node:path";
import nextEnv from "@next/env";

/**
 * The environment the app itself will run with, for the CLI scripts: the process environment plus the
 * `.env*` files Next.js reads (`.env.production*` when NODE_ENV=production, else `.env.development*`, then
 * `.env.local` and `.env`), loaded the same way with @next/env. Call before importing anything that reads
 * process.env (lib/env.ts, auth.config.ts).
 */
export function loadAppEnvironment(dir = process.cwd()): { authSecretSource: string | null } {
  const fromProcess = Boolean(process.env.AUTH_SECRET);
  const { loadedEnvFiles } = nextEnv.loadEnvConfig(dir, process.env.NODE_ENV !== "production", { info: () => {}, error: console.error });
  if (fromProcess) return { authSecretSource: "the environment" };
  const file = loadedEnvFiles.find((loaded) => /^\s*AUTH_SECRET\s*=/m.test(loaded.contents));
  return { authSecretSource: file ? path.join(dir, file.path) : process.env.AUTH_SECRET ? "the environment" : null };
}

/** A short, non-reversible name for a secret: enough to compare two servers' settings, useless to an attacker. */
export function secretFingerprint(secret: string): string {
  return createHash("sha256").update(`keten-secret-fingerprint:${secret}`).digest("hex").slice(0, 12);
}
