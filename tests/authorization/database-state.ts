import { asc, sql } from "drizzle-orm";
import * as t from "@/db/schema";
import { db } from "@/tests/test-database";

/** What the matrix and the fuzzers compare before and after a call: the tables' contents and the audit log. */
const FINGERPRINT_EXCLUDED = new Set(["audit_events", "rate_limit_hits", "login_attempts", "user_sessions", "outbox_emails"]);

/**
 * A fingerprint of the database: the md5 of every table's rows (in a stable order), except the tables
 * that record the attempt itself (audit, rate limits, login attempts, sessions, outgoing mail).
 */
export async function fingerprint(): Promise<Record<string, string>> {
  const tables = (await db.execute(
    sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  )) as unknown as { name: string }[] | { rows: { name: string }[] };
  const names = (Array.isArray(tables) ? tables : tables.rows).map((row) => row.name).filter((name) => !FINGERPRINT_EXCLUDED.has(name));
  const query = names.map((name) => `select '${name}' as name, md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as hash from "${name}" x`).join(" union all ");
  const result = (await db.execute(sql.raw(query))) as unknown as { name: string; hash: string }[] | { rows: { name: string; hash: string }[] };
  return Object.fromEntries((Array.isArray(result) ? result : result.rows).map((row) => [row.name, row.hash]));
}

export async function auditCount(): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(t.auditEvents);
  return Number(row!.n);
}

/** The audit rows appended after the given id count (in order). */
export async function auditRowsAfter(before: number) {
  return db.select().from(t.auditEvents).orderBy(asc(t.auditEvents.id)).offset(before);
}
