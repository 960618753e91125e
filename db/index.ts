import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { databaseSettings } from "./settings";
import { lockDirectory } from "./pglite-lock";
import { pgliteTemplatePath } from "./pglite-template.mjs";
import * as schema from "./schema";

/**
 * The one database module.
 *
 * - `DATABASE_URL` set   → PostgreSQL through postgres.js, pool size `DATABASE_POOL_SIZE`.
 * - `DATABASE_URL` unset → embedded PGlite (PostgreSQL in WASM) in `PGLITE_DIR` (default `.data/pglite`,
 *                          `memory://` for tests), with btree_gist. Pending migrations are applied when it starts.
 *
 * The connection is opened on first use, not on import: `next build` imports page modules in worker
 * processes, and an import must never open the embedded data directory (see docs/decisions/002).
 * The handle lives on `globalThis` so that dev-server reloads and duplicate module instances in one process
 * share one connection instead of opening the same PGlite directory twice.
 */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** Either the database or a transaction: data functions accept both so callers can compose them. */
export type Executor = Database | Transaction;

export type DatabaseKind = "postgres" | "pglite";

type Handle = {
  kind: DatabaseKind;
  /** The embedded client, for backups; null for a server. */
  pglite: PGlite | null;
  db: Database;
  /** Resolves when the database can be used (for PGlite: started and migrated). */
  ready: Promise<void>;
  /** The same database without the wait for start-up work (`holdQueriesUntil`): for that work itself. */
  direct: Database;
  /** Embedded: the app's queries wait for `work` as well (a server is migrated and seeded beforehand). */
  hold: (work: Promise<unknown>) => void;
  close: () => Promise<void>;
};

const HANDLE = Symbol.for("keten.database");
type GlobalWithHandle = typeof globalThis & { [HANDLE]?: Handle };

export const migrationsFolder = path.join(process.cwd(), "db", "migrations");

function openPostgres(url: string, poolSize: number): Handle {
  const client = postgres(url, {
    max: poolSize,
    // Times are instants; the session time zone only affects text output, keep it fixed.
    connection: { TimeZone: "UTC", application_name: "keten" },
    onnotice: () => {},
  });
  const db = drizzlePostgres(client, { schema }) as unknown as Database;
  return { kind: "postgres", pglite: null, db, direct: db, ready: Promise.resolve(), hold: () => {}, close: () => client.end({ timeout: 5 }) };
}

/**
 * The template of a new cluster that `npm ci` makes (its postinstall, scripts/pglite-template.mjs): PGlite's
 * initdb output for the installed PGlite version. Loading it takes ~1 s where initdb takes ~4 s of the
 * development server's main thread while it compiles the first page (issue 12, point 21). The script and
 * this function find it through the same `pgliteTemplatePath`; a new PGlite version has no template until the
 * next install, and runs initdb.
 */
function initdbTemplate(): Blob | undefined {
  try {
    return new Blob([readFileSync(pgliteTemplatePath(/*turbopackIgnore: true*/ process.cwd()))]);
  } catch {
    return undefined;
  }
}

function openPglite(dir: string): Handle {
  const dataDir = dir === "memory://" ? dir : path.resolve(/*turbopackIgnore: true*/ process.cwd(), dir);
  let release = () => {};
  let template: Blob | undefined;
  if (dataDir !== "memory://") {
    mkdirSync(dataDir, { recursive: true });
    release = lockDirectory(dataDir);
    // A new directory (no cluster in it yet) starts from the installed template when there is one.
    if (!existsSync(path.join(dataDir, "PG_VERSION"))) template = initdbTemplate();
  }
  const client = new PGlite(dataDir, { extensions: { btree_gist }, ...(template ? { loadDataDir: template } : {}) });
  const pgliteDb = drizzlePglite(client, { schema });
  const ready = client.waitReady.then(() => migratePglite(pgliteDb, { migrationsFolder }));
  // The app's queries start once the database is migrated and the start-up work held for is done (the
  // development server compiles its first page meanwhile, lib/bootstrap.ts). PGlite is one connection and
  // runs one query at a time anyway.
  let gate: Promise<unknown> = ready;
  const waiting = new Proxy(client, {
    get(target, property) {
      const value = Reflect.get(target, property, target) as unknown;
      if (typeof value !== "function") return value;
      const method = (value as (...args: unknown[]) => unknown).bind(target);
      return property === "query" || property === "exec" || property === "transaction"
        ? async (...args: unknown[]) => {
            await gate;
            return method(...args);
          }
        : method;
    },
  });
  return {
    kind: "pglite",
    pglite: client,
    db: drizzlePglite(waiting, { schema }) as unknown as Database,
    direct: pgliteDb as unknown as Database,
    ready,
    hold: (work) => {
      gate = Promise.all([gate, work]);
      gate.catch(() => {}); // the failure reaches whoever queries, and the start-up code that held
    },
    close: async () => {
      if (!client.closed) await client.close();
      release();
    },
  };
}

function open(): Handle {
  if (process.env.NEXT_PHASE === "phase-production-build") {
    // A page that reads the database must render at request time. Failing here makes a mistake visible
    // at build time instead of silently baking demo data into HTML or locking the PGlite directory.
    throw new Error("The database was used during `next build`. Pages that read it must render at request time (await connection()).");
  }
  const config = databaseSettings(process.env);
  return config.DATABASE_URL ? openPostgres(config.DATABASE_URL, config.DATABASE_POOL_SIZE) : openPglite(config.PGLITE_DIR);
}

function handle(): Handle {
  const g = globalThis as GlobalWithHandle;
  g[HANDLE] ??= open();
  return g[HANDLE];
}

/** The Drizzle database. Property access opens the connection on first use. */
export const db: Database = new Proxy({} as Database, {
  get(_target, property) {
    const real = handle().db;
    const value = Reflect.get(real, property, real) as unknown;
    return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(real) : value;
  },
});

export function databaseKind(): DatabaseKind {
  return handle().kind;
}

/** The open embedded database (for backups and tests), or null when the app uses a server. */
export function embeddedClient(): PGlite | null {
  return handle().pglite;
}

/**
 * The database for start-up work the app's queries wait for (seeding a new embedded database): its queries
 * do not wait for that work themselves.
 */
export function startupDatabase(): Database {
  return handle().direct;
}

/** Embedded: the app's queries (through `db`) also wait for `work`, e.g. seeding a new database. */
export function holdQueriesUntil(work: Promise<unknown>): void {
  handle().hold(work);
}

/** Opens the database if needed and waits until it is usable (embedded: started and migrated). */
export function databaseReady(): Promise<void> {
  return handle().ready;
}

/** Closes the connection; the next use opens a new one. */
export async function closeDatabase(): Promise<void> {
  const g = globalThis as GlobalWithHandle;
  const current = g[HANDLE];
  if (!current) return;
  delete g[HANDLE];
  await current.ready.catch(() => {});
  await current.close();
}
