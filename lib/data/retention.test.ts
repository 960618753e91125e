import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import * as t from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { pgErrorCode } from "@/lib/data/db-errors";
import { fakeHash } from "@/tests/clinical-support";
import { clinicalRowCount, recordLastChangedAt } from "@/tests/retention-support";
import { db, withTestDatabase } from "@/tests/test-database";
import { purgeExpiredRecords, retentionCutoff, runRetentionPurge } from "./retention";

withTestDatabase();

const DAY = 86_400_000;
const now = new Date("2046-06-15T10:00:00Z");
const cutoff = retentionCutoff(now);

beforeAll(async () => {
  await seedDatabase(db, { hashPassword: fakeHash, now: new Date("2026-03-20T12:00:00Z") });
});

/** Issue 17, point 9: a record is kept 20 years after its last change, then the nightly job removes it. */
describe("retention purge (20 years after the last change)", () => {
  it("removes a record last changed 20 years + 1 day ago, keeps one of 20 years − 1 day, and logs the purge without content", async () => {
    const expired = await recordLastChangedAt("verlopen@voorbeeld.test", new Date(cutoff.getTime() - DAY));
    const kept = await recordLastChangedAt("bewaren@voorbeeld.test", new Date(cutoff.getTime() + DAY));
    expect(await clinicalRowCount(expired.patientId)).toBe(11);

    const result = await purgeExpiredRecords(now);

    expect(result.purged).toBe(1);
    expect(await clinicalRowCount(expired.patientId)).toBe(0);
    expect(await clinicalRowCount(kept.patientId)).toBe(11);
    const [stub] = await db.select().from(t.patients).where(eq(t.patients.id, expired.patientId));
    expect(stub).toMatchObject({ fullName: "Verwijderd dossier", dateOfBirth: "1900-01-01", phone: null });
    expect(stub!.purgedAt).not.toBeNull();
    const [account] = await db.select().from(t.users).where(eq(t.users.id, expired.userId));
    expect(account!.email).not.toContain("verlopen");
    expect(account!.deactivatedAt).not.toBeNull();
    const [keptPatient] = await db.select().from(t.patients).where(eq(t.patients.id, kept.patientId));
    expect(keptPatient).toMatchObject({ fullName: "Bewaar Termijn", purgedAt: null });

    const events = await db.select().from(t.auditEvents).where(eq(t.auditEvents.action, "retention.record_purged"));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ patientId: expired.patientId, actorRole: "system", actorUserId: null });
    expect(events[0]!.details).toMatchObject({ appointments: 1, visitNotes: 1, assessments: 1, plans: 1, exerciseLogs: 1, outcomeMeasures: 1, intakes: 1, screenings: 1, retentionYears: 20 });
    expect(JSON.stringify(events[0]!.details)).not.toMatch(/hamstring|Bewaar|Weer hardlopen/i);

    // A second run finds nothing more; the kept record goes once its own term has passed.
    expect((await purgeExpiredRecords(now)).purged).toBe(0);
    expect((await purgeExpiredRecords(new Date(now.getTime() + 3 * DAY))).purged).toBe(1);
    expect(await clinicalRowCount(kept.patientId)).toBe(0);
  });

  it("counts a later change anywhere in the record: a new note revision restarts the term", async () => {
    const old = new Date(cutoff.getTime() - 400 * DAY);
    const record = await recordLastChangedAt("later@voorbeeld.test", old);
    const [note] = await db.select({ id: t.visitNotes.id, by: t.visitNotes.createdBy }).from(t.visitNotes).where(eq(t.visitNotes.patientId, record.patientId));
    await db.insert(t.visitNoteRevisions).values({ noteId: note!.id, revision: 2, authorId: note!.by, complaints: "Aangevuld.", amendmentReason: "Vergeten", createdAt: new Date(cutoff.getTime() + DAY) });
    expect((await purgeExpiredRecords(now)).purged).toBe(0);
    expect(await clinicalRowCount(record.patientId)).toBe(11);
  });

  it("queues tomorrow's run after each run, once per date", async () => {
    await runRetentionPurge(now);
    await runRetentionPurge(now);
    const queued = await db.select({ key: t.jobs.dedupeKey, runAt: t.jobs.runAt }).from(t.jobs).where(eq(t.jobs.kind, "retention.purge"));
    expect(queued.map((job) => job.key)).toEqual(["retention.purge:2046-06-16"]);
  });

  it("leaves the append-only guard in place outside the purge: no delete of a note, an assessment or the audit log", async () => {
    const refused = (e: unknown) => pgErrorCode(e) === "42501";
    await expect(db.execute(sql`delete from visit_note_revisions`)).rejects.toSatisfy(refused);
    await expect(db.execute(sql`delete from assessment_revisions`)).rejects.toSatisfy(refused);
    await expect(db.execute(sql`delete from intake_screenings`)).rejects.toSatisfy(refused);
    await expect(db.execute(sql`delete from audit_events`)).rejects.toSatisfy(refused);
    // Setting the flag by hand still never opens the audit log, nor updates.
    await expect(
      db.transaction(async (tx) => {
        await tx.execute(sql`select set_config('keten.retention_purge', 'on', true)`);
        await tx.execute(sql`delete from audit_events`);
      }),
    ).rejects.toSatisfy(refused);
    await expect(
      db.transaction(async (tx) => {
        await tx.execute(sql`select set_config('keten.retention_purge', 'on', true)`);
        await tx.execute(sql`update visit_note_revisions set complaints = 'anders'`);
      }),
    ).rejects.toSatisfy(refused);
  });
});
