import { randomBytes } from "node:crypto";
import { and, asc, eq, inArray, lte, sql } from "drizzle-orm";
import { db, type Executor } from "@/db";
import { jobs } from "@/db/schema";

/**
 * The job queue in PostgreSQL (decision 017): a claim table read with `FOR UPDATE SKIP LOCKED`.
 *
 * - `enqueueJob` is called inside the transaction of the change that needs the job, so both exist or neither.
 * - `claimJobs` hands each due job to exactly one caller and leases it: the claim moves `run_at` to the
 *   end of the lease, so a job whose instance stopped mid-way is simply due again afterwards.
 * - `finishJob` / `failJob` only touch a job that still carries the caller's claim token.
 * - A failure is retried with exponential backoff; after `maxAttempts` the job is `failed` and waits for
 *   the administrator (workspace → Taken).
 */
export type JobKind = string;
export type NewJob = {
  kind: JobKind;
  payload?: Record<string, unknown>;
  runAt?: Date;
  /** At most one job per key: a second enqueue with the same key is ignored (returns null). */
  dedupeKey?: string;
  maxAttempts?: number;
};
export type ClaimedJob = {
  id: string;
  kind: string;
  payload: Record<string, unknown>;
  attempts: number;
  maxAttempts: number;
  claimToken: string;
  /** When it was due before this claim (for latency figures). */
  dueAt: Date;
};

/** How long a claim holds a job; `JOB_LEASE_SECONDS` shortens it for the two-instance proof. */
export const LEASE_SECONDS = Math.min(Math.max(Number(process.env.JOB_LEASE_SECONDS) || 120, 5), 3600);

export async function enqueueJob(executor: Executor, job: NewJob): Promise<string | null> {
  const [row] = await executor
    .insert(jobs)
    .values({ kind: job.kind, payload: job.payload ?? {}, runAt: job.runAt ?? new Date(), dedupeKey: job.dedupeKey ?? null, maxAttempts: job.maxAttempts ?? 8 })
    .onConflictDoNothing({ target: jobs.dedupeKey })
    .returning({ id: jobs.id });
  return row?.id ?? null;
}

/** Seconds to wait before the next attempt after `attempts` failures: 30 s, 1 min, 2 min, … at most 6 hours. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(30 * 2 ** Math.max(0, attempts - 1), 6 * 3600);
}

/** Claims up to `limit` due jobs for `worker`. Two callers never receive the same job. */
export async function claimJobs(worker: string, limit: number, now = new Date()): Promise<ClaimedJob[]> {
  const token = randomBytes(12).toString("base64url");
  const leaseEnd = new Date(now.getTime() + LEASE_SECONDS * 1000);
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: jobs.id, runAt: jobs.runAt })
      .from(jobs)
      .where(and(inArray(jobs.status, ["queued", "running"]), lte(jobs.runAt, now)))
      .orderBy(asc(jobs.runAt))
      .limit(limit)
      .for("update", { skipLocked: true });
    if (due.length === 0) return [];
    const dueAt = new Map(due.map((d) => [d.id, d.runAt]));
    const claimed = await tx
      .update(jobs)
      .set({ status: "running", runAt: leaseEnd, attempts: sql`${jobs.attempts} + 1`, claimToken: token, claimedBy: worker })
      .where(inArray(jobs.id, [...dueAt.keys()]))
      .returning({ id: jobs.id, kind: jobs.kind, payload: jobs.payload, attempts: jobs.attempts, maxAttempts: jobs.maxAttempts, claimToken: jobs.claimToken });
    return claimed.map((c) => ({ ...c, claimToken: token, dueAt: dueAt.get(c.id)! }));
  });
}

/** Marks a claimed job done; false when the claim had expired and someone else holds it now. */
export async function finishJob(executor: Executor, job: ClaimedJob, now = new Date()): Promise<boolean> {
  const rows = await executor
    .update(jobs)
    .set({ status: "done", finishedAt: now, claimToken: null, lastError: null })
    .where(and(eq(jobs.id, job.id), eq(jobs.claimToken, job.claimToken), eq(jobs.status, "running")))
    .returning({ id: jobs.id });
  return rows.length === 1;
}

/** Records a failure: due again after the backoff, or `failed` for good after the last attempt. */
export async function failJob(job: ClaimedJob, error: unknown, now = new Date()): Promise<"retry" | "failed"> {
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
  const last = job.attempts >= job.maxAttempts;
  await db
    .update(jobs)
    .set(
      last
        ? { status: "failed", finishedAt: now, claimToken: null, lastError: message }
        : { status: "queued", runAt: new Date(now.getTime() + retryDelaySeconds(job.attempts) * 1000), claimToken: null, lastError: message },
    )
    .where(and(eq(jobs.id, job.id), eq(jobs.claimToken, job.claimToken)));
  return last ? "failed" : "retry";
}
