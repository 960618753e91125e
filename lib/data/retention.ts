import "server-only";
import { sql } from "drizzle-orm";
import { db, type Executor } from "@/db";
import { enqueueJob } from "@/lib/jobs/queue";
import { addDays, instantAt, todayIn } from "@/lib/time/zone";
import { audit } from "./audit";

/**
 * Retention (decision 024): a patient's record is kept 20 years after its last change (WGBO, art. 7:454 BW).
 * The daily job `retention.purge` removes every record whose term has passed, through the database function
 * `keten_purge_patient` (migration 0016), the only path past the append-only triggers, and writes one audit
 * event per record with the counts, never the content.
 */
export const RETENTION_YEARS = 20;
/** Records purged per job run; a full batch queues the next run at once. */
const BATCH = 200;
/** The purge runs at night, on the practice's clock. */
const PURGE_TIME = "03:30";

/** The instant before which a record's last change must lie to be purged: `now` minus 20 calendar years. */
export function retentionCutoff(now: Date): Date {
  const cutoff = new Date(now);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - RETENTION_YEARS);
  return cutoff;
}

export type PurgeResult = { purged: number; more: boolean };

/** Purges up to one batch of expired records, each in its own transaction with its audit event. */
export async function purgeExpiredRecords(now = new Date()): Promise<PurgeResult> {
  const cutoff = retentionCutoff(now);
  const candidates = rowsOf<{ id: string }>(
    await db.execute(sql`select id from patients where purged_at is null and keten_patient_last_change(id) < ${cutoff.toISOString()}::timestamptz order by id limit ${BATCH}`),
  );
  let purged = 0;
  for (const { id } of candidates) {
    const done = await db.transaction(async (tx) => {
      const [row] = rowsOf<{ counts: Record<string, unknown> | null }>(
        await tx.execute(sql`select keten_purge_patient(${id}::uuid, ${cutoff.toISOString()}::timestamptz) as counts`),
      );
      if (!row?.counts) return false;
      await audit(tx, { userId: null, role: "system" }, {
        action: "retention.record_purged",
        patientId: id,
        recordType: "patient",
        recordId: id,
        ip: null,
        details: { ...row.counts, retentionYears: RETENTION_YEARS, cutoff: cutoff.toISOString() },
      });
      return true;
    });
    if (done) purged++;
  }
  return { purged, more: candidates.length === BATCH };
}

/** Queues the next nightly run (one per date: a second call, from another instance or a restart, is ignored). */
export async function scheduleRetentionPurge(executor: Executor, now = new Date()): Promise<void> {
  const today = todayIn(now);
  const tonight = instantAt(today, PURGE_TIME);
  const date = tonight.getTime() > now.getTime() ? today : addDays(today, 1);
  await enqueueJob(executor, { kind: "retention.purge", runAt: instantAt(date, PURGE_TIME), dedupeKey: `retention.purge:${date}` });
}

/** The job: purge one batch, then queue either the rest at once or tomorrow's run. */
export async function runRetentionPurge(now = new Date()): Promise<void> {
  const { more } = await purgeExpiredRecords(now);
  if (more) await enqueueJob(db, { kind: "retention.purge", runAt: now, dedupeKey: `retention.purge:more:${now.toISOString()}` });
  await scheduleRetentionPurge(db, now);
}

function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
