import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { afterAll, beforeAll } from "vitest";
import { closeDatabase, databaseKind, db } from "@/db";
import { migrateDatabase } from "@/db/migrate";

/**
 * Gives the calling test file its own fresh, migrated database:
 * - without DATABASE_URL: an in-memory PGlite;
 * - with DATABASE_URL: a new database `keten_test_<random>` on that server, dropped afterwards.
 * The app's `db` (opened lazily) points at it for the whole file.
 */
export function withTestDatabase(): { kind: () => "postgres" | "pglite" } {
  const serverUrl = process.env.DATABASE_URL || undefined;
  let name: string | undefined;

  beforeAll(async () => {
    await closeDatabase();
    if (serverUrl) {
      process.env.KETEN_TEST_SERVER_URL = serverUrl;
      name = `keten_test_${randomBytes(6).toString("hex")}`;
      await adminQuery(serverUrl, `create database "${name}"`);
      process.env.DATABASE_URL = withDatabase(serverUrl, name);
    } else {
      process.env.PGLITE_DIR = "memory://";
    }
    await migrateDatabase();
  });

  afterAll(async () => {
    await closeDatabase();
    if (serverUrl && name) {
      process.env.DATABASE_URL = serverUrl;
      await adminQuery(serverUrl, `drop database if exists "${name}" with (force)`);
    }
  });

  return { kind: databaseKind };
}

export { db };

/**
 * A second, empty database on the test server (for restore tests), dropped by the returned function.
 * Only with DATABASE_URL; call it inside a test.
 */
export async function scratchServerDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const serverUrl = adminUrl();
  if (!serverUrl) throw new Error("scratchServerDatabase needs DATABASE_URL");
  const name = `keten_test_${randomBytes(6).toString("hex")}`;
  await adminQuery(serverUrl, `create database "${name}"`);
  return { url: withDatabase(serverUrl, name), drop: () => adminQuery(serverUrl, `drop database if exists "${name}" with (force)`) };
}

/** The server URL the test run was given (the per-file database replaces DATABASE_URL meanwhile). */
function adminUrl(): string | undefined {
  return process.env.KETEN_TEST_SERVER_URL || undefined;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function adminQuery(url: string, statement: string): Promise<void> {
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(statement);
  } finally {
    await admin.end({ timeout: 5 });
  }
}
