import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { db, scratchServerDatabase, withTestDatabase } from "@/tests/test-database";
import { backupEmbedded, backupServer, restoreEmbedded, restoreServer } from "./backup";
import { embeddedClient } from "./index";
import { seedDatabase } from "./seed";
import * as t from "./schema";

const { kind } = withTestDatabase();
const folder = mkdtempSync(path.join(tmpdir(), "keten-backup-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

type Query = (text: string) => Promise<Record<string, unknown>[]>;

/** Row counts of every table, and the guarantees a restore must keep. */
async function fingerprint(query: Query) {
  const tables = (await query("select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1")).map(
    (row) => String(row.name),
  );
  const counts: Record<string, number> = {};
  for (const table of tables) counts[table] = Number((await query(`select count(*)::int as n from "${table}"`))[0]?.n);
  const constraints = (await query("select conname from pg_constraint where conname in ('appointments_no_overlap', 'users_email_normalised') order by 1")).map((r) => r.conname);
  const triggers = (await query("select tgname from pg_trigger where not tgisinternal order by 1")).map((r) => r.tgname);
  return { counts, constraints, triggers };
}

async function fillWithData() {
  await seedDatabase(db, { hashPassword: async (p) => `plain:${p}` });
  const [patient] = await db.select({ id: t.patients.id }).from(t.patients).limit(1);
  const [therapist] = await db.select({ id: t.therapists.id }).from(t.therapists).limit(1);
  const [service] = await db.select({ id: t.services.id }).from(t.services).limit(1);
  await db.insert(t.appointments).values({
    patientId: patient!.id,
    therapistId: therapist!.id,
    serviceId: service!.id,
    startsAt: new Date("2026-12-01T09:00:00Z"),
    endsAt: new Date("2026-12-01T10:00:00Z"),
  });
  await db.insert(t.auditEvents).values({ actorRole: "system", action: "backup.test", patientId: patient!.id });
  return { patientId: patient!.id, therapistId: therapist!.id, serviceId: service!.id };
}

const overlap = (ids: { patientId: string; therapistId: string; serviceId: string }) =>
  `insert into appointments (patient_id, therapist_id, service_id, starts_at, ends_at) values ('${ids.patientId}', '${ids.therapistId}', '${ids.serviceId}', '2026-12-01T09:30:00Z', '2026-12-01T10:30:00Z')`;

describe("backup and restore", () => {
  it("restores into a fresh database with the same rows and the same guarantees", async () => {
    const ids = await fillWithData();

    if (kind() === "pglite") {
      const source = embeddedClient()!;
      const original = await fingerprint(async (text) => (await source.query<Record<string, unknown>>(text)).rows);
      const file = path.join(folder, "embedded.tar.gz");
      await backupEmbedded(source, file);

      const restored = await restoreEmbedded(file, path.join(folder, "restored"));
      try {
        const copy = await fingerprint(async (text) => (await restored.query<Record<string, unknown>>(text)).rows);
        expect(copy).toEqual(original);
        expect(original.constraints).toEqual(["appointments_no_overlap", "users_email_normalised"]);
        await expect(restored.query(overlap(ids))).rejects.toThrow(/appointments_no_overlap/);
        await expect(restored.query("delete from audit_events")).rejects.toThrow(/append-only/);
      } finally {
        await restored.close();
      }
      return;
    }

    const sourceUrl = process.env.DATABASE_URL!;
    const source = postgres(sourceUrl, { max: 1, onnotice: () => {} });
    const scratch = await scratchServerDatabase();
    const target = postgres(scratch.url, { max: 1, onnotice: () => {} });
    try {
      const original = await fingerprint((text) => source.unsafe(text));
      const file = path.join(folder, "server.dump");
      await backupServer(sourceUrl, file);
      await restoreServer(scratch.url, file);
      const copy = await fingerprint((text) => target.unsafe(text));
      expect(copy).toEqual(original);
      expect(original.constraints).toEqual(["appointments_no_overlap", "users_email_normalised"]);
      await expect(target.unsafe(overlap(ids))).rejects.toThrow(/appointments_no_overlap/);
      await expect(target.unsafe("delete from audit_events")).rejects.toThrow(/append-only/);
    } finally {
      await source.end();
      await target.end();
      await scratch.drop();
    }
  });

  it("refuses to restore over an existing embedded database", async () => {
    if (kind() !== "pglite") return;
    const file = path.join(folder, "embedded.tar.gz");
    await expect(restoreEmbedded(file, path.join(folder, "restored"))).rejects.toThrow(/not empty/);
  });
});
