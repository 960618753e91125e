import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";
import { lockDirectory } from "./pglite-lock";

/**
 * Backups of both engines (see docs/decisions/006):
 * - a PostgreSQL server: `pg_dump --format=custom`, restored with `pg_restore` into an empty database;
 * - the embedded database: PGlite's own data-directory archive (`dumpDataDir`, gzip), restored into an
 *   empty directory with `loadDataDir`. It needs the same PGlite version, like any physical backup.
 */

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "inherit", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", (error) => reject(new Error(`${command} could not start (${error.message}); install the PostgreSQL client tools.`)));
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`${command} failed (exit ${code}): ${stderr.trim()}`))));
  });
}

export async function backupServer(databaseUrl: string, file: string): Promise<void> {
  mkdirSync(path.dirname(file), { recursive: true });
  await run("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`, `--dbname=${databaseUrl}`]);
}

/** Restores into an empty database in one transaction: either all of it arrives, or nothing does. */
export async function restoreServer(databaseUrl: string, file: string): Promise<void> {
  if (!existsSync(file)) throw new Error(`No backup at ${file}.`);
  await run("pg_restore", ["--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", `--dbname=${databaseUrl}`, file]);
}

/** Archives an embedded database. Pass an open PGlite (e.g. in tests) or a directory no process holds. */
export async function backupEmbedded(source: PGlite | string, file: string): Promise<void> {
  let release = () => {};
  if (typeof source === "string") {
    if (!existsSync(source)) throw new Error(`No embedded database in ${source}.`);
    release = lockDirectory(path.resolve(source)); // refuses while the app has it open
  }
  const pg = typeof source === "string" ? await PGlite.create(path.resolve(source), { extensions: { btree_gist } }) : source;
  try {
    const archive = await pg.dumpDataDir("gzip");
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, Buffer.from(await archive.arrayBuffer()));
  } finally {
    if (typeof source === "string") await pg.close();
    release();
  }
}

/** Restores an archive into a new or empty directory (or `memory://`), and returns the opened database. */
export async function restoreEmbedded(file: string, dir: string): Promise<PGlite> {
  if (!existsSync(file)) throw new Error(`No backup at ${file}.`);
  if (dir !== "memory://" && existsSync(dir) && readdirSync(dir).length > 0) {
    throw new Error(`${dir} is not empty: restore into a new folder and point PGLITE_DIR at it.`);
  }
  const archive = new Blob([readFileSync(file)], { type: "application/x-gzip" });
  return PGlite.create(dir === "memory://" ? dir : path.resolve(dir), { extensions: { btree_gist }, loadDataDir: archive });
}
