import { createServer } from "node:net";
import postgres from "postgres";
import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable, isUniqueViolation } from "./db-errors";

function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 1));
    });
  });
}

describe("isDatabaseUnavailable", () => {
  it("recognises a server that does not answer, as postgres.js reports it", async () => {
    const sql = postgres(`postgres://nobody@127.0.0.1:${await closedPort()}/none`, { max: 1, connect_timeout: 2, onnotice: () => {} });
    const error = await sql`select 1`.then(
      () => null,
      (e: unknown) => e,
    );
    await sql.end({ timeout: 1 });
    expect(error).not.toBeNull();
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("recognises a restart's error codes, also wrapped the way drizzle wraps them", () => {
    for (const code of ["57P01", "57P03", "08006", "08001", "CONNECTION_CLOSED", "CONNECTION_ENDED", "ECONNRESET"]) {
      expect(isDatabaseUnavailable({ code }), code).toBe(true);
      expect(isDatabaseUnavailable(new Error("Failed query", { cause: Object.assign(new Error("x"), { code }) })), code).toBe(true);
    }
    expect(isDatabaseUnavailable(new AggregateError([Object.assign(new Error("refused"), { code: "ECONNREFUSED" })]))).toBe(true);
  });

  it("leaves real mistakes alone: constraint violations, syntax errors, plain errors", () => {
    const unique = new Error("Failed query", { cause: { code: "23505", constraint_name: "x" } });
    expect(isUniqueViolation(unique)).toBe(true);
    expect(isDatabaseUnavailable(unique)).toBe(false);
    expect(isDatabaseUnavailable({ code: "42601" })).toBe(false);
    expect(isDatabaseUnavailable({ code: "23P01" })).toBe(false);
    expect(isDatabaseUnavailable(new Error("boom"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
    expect(isDatabaseUnavailable("ECONNREFUSED")).toBe(false);
  });
});
