import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadAppEnvironment, secretFingerprint } from "./app-environment";

/** Issue 12, point 7: `npm run db:seed` encrypts two-factor secrets with the AUTH_SECRET the app runs with. */
describe("the seed's AUTH_SECRET", () => {
  const saved = { AUTH_SECRET: process.env.AUTH_SECRET, NODE_ENV: process.env.NODE_ENV };
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    process.env.AUTH_SECRET = saved.AUTH_SECRET;
    if (saved.AUTH_SECRET === undefined) delete process.env.AUTH_SECRET;
    (process.env as Record<string, string | undefined>).NODE_ENV = saved.NODE_ENV;
  });

  it("is read from the .env file the app reads too, and named", () => {
    dir = mkdtempSync(path.join(tmpdir(), "keten-env-"));
    writeFileSync(path.join(dir, ".env.production"), "AUTH_SECRET=uit-het-bestand-van-de-server-minstens-32-tekens\n");
    delete process.env.AUTH_SECRET;
    (process.env as Record<string, string | undefined>).NODE_ENV = "production";
    const { authSecretSource } = loadAppEnvironment(dir);
    expect(process.env.AUTH_SECRET).toBe("uit-het-bestand-van-de-server-minstens-32-tekens");
    expect(authSecretSource).toBe(path.join(dir, ".env.production"));
  });

  it("prefers the environment, as Next.js does", () => {
    dir = mkdtempSync(path.join(tmpdir(), "keten-env-"));
    writeFileSync(path.join(dir, ".env"), "AUTH_SECRET=uit-het-bestand-van-de-server-minstens-32-tekens\n");
    process.env.AUTH_SECRET = "uit-de-omgeving-van-het-proces-minstens-32-tekens";
    expect(loadAppEnvironment(dir).authSecretSource).toBe("the environment");
    expect(process.env.AUTH_SECRET).toBe("uit-de-omgeving-van-het-proces-minstens-32-tekens");
  });

  it("names a secret by a short fingerprint, never the secret itself", () => {
    const fingerprint = secretFingerprint("een-geheim-van-minstens-32-tekens-lang");
    expect(fingerprint).toMatch(/^[0-9a-f]{12}$/);
    expect(fingerprint).not.toBe(secretFingerprint("een-ander-geheim-van-minstens-32-tekens"));
  });

  it("refuses to seed a PostgreSQL server without one, naming AUTH_SECRET", () => {
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: "postgres://niemand@127.0.0.1:1/bestaat-niet", AUTH_SECRET: "", NODE_ENV: "production" };
    const run = spawnSync("npx", ["tsx", "scripts/db-seed.ts"], { env, encoding: "utf8", timeout: 60_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("AUTH_SECRET is not set. Seeding a PostgreSQL server needs the AUTH_SECRET the app runs with");
  });
});
