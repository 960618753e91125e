import { describe, expect, it } from "vitest";
import { databaseEnvSchema, parseEnv } from "./config";
import { databaseSettings } from "./settings";

/** What each reading makes of one environment: the settings, or the message that stops start-up. */
function outcome(read: () => unknown): unknown {
  try {
    return read();
  } catch (error) {
    return error instanceof Error ? `${error.name}: ${error.message}` : error;
  }
}

describe("the database settings read without zod", () => {
  it.each([
    {},
    { DATABASE_URL: "postgres://keten@db:5432/keten", DATABASE_POOL_SIZE: "25" },
    { DATABASE_URL: " ", DATABASE_POOL_SIZE: "", PGLITE_DIR: "" },
    { PGLITE_DIR: "/var/lib/keten" },
    { DATABASE_URL: "mysql://keten@db/keten" },
    { DATABASE_POOL_SIZE: "abc" },
    { DATABASE_POOL_SIZE: "0" },
    { DATABASE_POOL_SIZE: "2.5" },
    { DATABASE_URL: "http://x", DATABASE_POOL_SIZE: "101" },
  ])("agree with start-up's zod check for %o", (source) => {
    expect(outcome(() => databaseSettings(source))).toEqual(outcome(() => parseEnv(databaseEnvSchema, source)));
  });
});
