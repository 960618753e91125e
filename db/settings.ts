/**
 * The database's part of the environment, read and checked without zod. db/index.ts reads it on every
 * page's path, and in development every import there is compiled before the first page answers (zod ~1 s of
 * CPU; issue 12, point 21). db/config.ts builds the zod schema that lib/env.ts checks at start-up from the
 * same rules, so the two cannot drift.
 */

export const DATABASE_URL_PATTERN = /^postgres(ql)?:\/\/\S+$/;
export const DATABASE_URL_EXPECTED = "a PostgreSQL connection URL such as postgres://user@host:5432/keten";
export const POOL_SIZE = { min: 1, max: 100, default: 10, expected: "a whole number from 1 to 100" } as const;
export const DEFAULT_PGLITE_DIR = ".data/pglite";

/** A configuration error: start-up stops with its message (see instrumentation.ts). */
export class EnvError extends Error {
  override name = "EnvError";
}

/** The message that stops start-up: one line per bad variable, naming it and what is expected. */
export function envErrorMessage(lines: readonly string[]): string {
  return `Invalid environment configuration:\n${lines.join("\n")}\nSee .env.example for every variable and its meaning.`;
}

export type DatabaseSettings = { DATABASE_URL?: string; DATABASE_POOL_SIZE: number; PGLITE_DIR: string };

/** An unset variable and an empty one (`FOO=` in a .env file) mean the same: not configured. */
function setting(source: Record<string, string | undefined>, name: string): string | undefined {
  const value = source[name];
  return value === undefined || value.trim() === "" ? undefined : value;
}

/** The settings, or an EnvError naming each bad variable in the words lib/env.ts uses. */
export function databaseSettings(source: Record<string, string | undefined>): DatabaseSettings {
  const url = setting(source, "DATABASE_URL");
  const poolText = setting(source, "DATABASE_POOL_SIZE");
  const pool = poolText === undefined ? POOL_SIZE.default : Number(poolText.trim());
  const problems: string[] = [];
  if (url !== undefined && !DATABASE_URL_PATTERN.test(url)) problems.push(`  - DATABASE_URL: expected ${DATABASE_URL_EXPECTED}`);
  if (!Number.isInteger(pool) || pool < POOL_SIZE.min || pool > POOL_SIZE.max) problems.push(`  - DATABASE_POOL_SIZE: expected ${POOL_SIZE.expected}`);
  if (problems.length > 0) throw new EnvError(envErrorMessage(problems));
  return { DATABASE_URL: url, DATABASE_POOL_SIZE: pool, PGLITE_DIR: setting(source, "PGLITE_DIR") ?? DEFAULT_PGLITE_DIR };
}
