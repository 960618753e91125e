import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "@/db/seed";
import { pgErrorCode } from "@/lib/data/db-errors";
import { fakeHash } from "@/tests/clinical-support";
import { recordLastChangedAt } from "@/tests/retention-support";
import { db, withTestDatabase } from "@/tests/test-database";

/**
 * Issue 17, "Tests and figures": visit notes, assessments, the screening, outcome measures, plan versions and the audit log
 * are immutable in the database itself (triggers of migrations 0002, 0010, 0012, 0017, 0019), on PGlite here and on
 * PostgreSQL when DATABASE_URL is set (CI runs this file on both). Each statement must be refused by the
 * trigger (SQLSTATE 42501), not by some other error, and leave the rows as they were. Only the retention
 * purge's own function may delete (decision 024, lib/data/retention.test.ts).
 */
withTestDatabase();

const tables = [
  { table: "visit_notes", column: "created_at", value: sql`now()` },
  { table: "visit_note_revisions", column: "treatment", value: sql`'stiekem aangepast'` },
  { table: "assessments", column: "created_at", value: sql`now()` },
  { table: "assessment_revisions", column: "conclusion", value: sql`'stiekem aangepast'` },
  { table: "assessment_findings", column: "findings", value: sql`'stiekem aangepast'` },
  { table: "intake_screenings", column: "outcome", value: sql`'niet_pluis'` },
  { table: "outcome_measures", column: "value", value: sql`0` },
  { table: "plan_versions", column: "version", value: sql`9` },
  { table: "audit_events", column: "action", value: sql`'stiekem.aangepast'` },
] as const;

const refused = (e: unknown) => pgErrorCode(e) === "42501";

async function snapshot(table: string): Promise<string> {
  const result = await db.execute(sql`select coalesce(json_agg(t order by t::text), '[]')::text as rows from ${sql.identifier(table)} t`);
  const rows = (Array.isArray(result) ? result : (result as unknown as { rows: unknown[] }).rows) as { rows: string }[];
  return rows[0]!.rows;
}

beforeAll(async () => {
  await seedDatabase(db, { hashPassword: fakeHash, now: new Date("2026-03-20T12:00:00Z") });
  await recordLastChangedAt("onveranderlijk@voorbeeld.test", new Date("2026-03-01T09:00:00Z"));
  await db.execute(sql`insert into audit_events (actor_role, action) values ('system', 'test.append')`);
});

describe.each(tables)("$table is append-only in the database", ({ table, column, value }) => {
  it("refuses UPDATE, DELETE and TRUNCATE and keeps every row as it was", async () => {
    const before = await snapshot(table);
    expect(before).not.toBe("[]");
    await expect(db.execute(sql`update ${sql.identifier(table)} set ${sql.identifier(column)} = ${value}`)).rejects.toSatisfy(refused);
    await expect(db.execute(sql`delete from ${sql.identifier(table)}`)).rejects.toSatisfy(refused);
    await expect(db.execute(sql`truncate ${sql.identifier(table)} cascade`)).rejects.toSatisfy(refused);
    expect(await snapshot(table)).toBe(before);
  });
});
