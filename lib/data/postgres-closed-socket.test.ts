import postgres from "postgres";
import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "./db-errors";

/**
 * A connection whose server process went away (a PostgreSQL restart, pg_terminate_backend, a pooler closing
 * it) while the app still holds it. Unpatched postgres.js 3.4.9 then throws `Cannot read properties of null
 * (reading 'write')` from a timer: an uncaught exception (vitest fails the run on it) and a query that is never
 * answered. With scripts/patch-dependencies.mjs the query is rejected with CONNECTION_CLOSED, which the app
 * shows as "De agenda is even niet bereikbaar" (docs/decisions/029). Only against a real server.
 */
const serverUrl = process.env.DATABASE_URL || undefined;

describe.skipIf(!serverUrl)("a held connection whose server process ended", () => {
  it("answers the next query with CONNECTION_CLOSED instead of crashing the process or hanging", async () => {
    const sql = postgres(serverUrl!, { max: 2, onnotice: () => {} });
    const admin = postgres(serverUrl!, { max: 1, onnotice: () => {} });
    const held = await sql.reserve();
    try {
      const [row] = await held<{ pid: number }[]>`select pg_backend_pid() as pid`;
      await admin`select pg_terminate_backend(${row!.pid})`;
      await new Promise((resolve) => setTimeout(resolve, 200));

      const answer = await Promise.race([
        held`select 1`.then(() => "answered", (error: unknown) => error),
        new Promise((resolve) => setTimeout(() => resolve("no answer within 5 s"), 5_000)),
      ]);
      expect(answer).toBeInstanceOf(Error);
      expect((answer as { code?: string }).code).toBe("CONNECTION_CLOSED");
      expect(isDatabaseUnavailable(answer)).toBe(true);

      // The pool itself recovers: a new query gets a new connection.
      const [fresh] = await sql<{ one: number }[]>`select 1 as one`;
      expect(fresh!.one).toBe(1);
    } finally {
      held.release();
      await sql.end({ timeout: 1 });
      await admin.end({ timeout: 5 });
    }
  });
});
