import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgEnum, pgTable, text } from "drizzle-orm/pg-core";
import { createdAt, id, timestamptz } from "./columns";

export const jobStatuses = ["queued", "running", "done", "failed"] as const;
export const jobStatus = pgEnum("job_status", jobStatuses);
export type JobStatus = (typeof jobStatuses)[number];

/**
 * Every timed or retried task (e-mail delivery, reminders, waitlist offers, expiries) is a row here
 * (decision 017). A job is due at `run_at`; an instance claims it with `FOR UPDATE SKIP LOCKED`, which
 * moves `run_at` to the end of its lease: a job whose instance died is simply due again when the lease
 * ends. `claim_token` is new on every claim, so only the current holder can finish it. A job that keeps
 * failing ends as `failed` and is shown to the administrator in the workspace.
 */
export const jobs = pgTable(
  "jobs",
  {
    id: id(),
    kind: text("kind").notNull(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull().default({}),
    /** At most one job per key (e.g. one reminder per appointment, moment and kind). */
    dedupeKey: text("dedupe_key").unique(),
    status: jobStatus("status").notNull().default("queued"),
    runAt: timestamptz("run_at").notNull().defaultNow(),
    attempts: integer("attempts").notNull().default(0),
    maxAttempts: integer("max_attempts").notNull().default(8),
    claimToken: text("claim_token"),
    claimedBy: text("claimed_by"),
    lastError: text("last_error"),
    createdAt: createdAt(),
    finishedAt: timestamptz("finished_at"),
  },
  (t) => [
    index("jobs_due_idx").on(t.runAt).where(sql`${t.status} in ('queued', 'running')`),
    index("jobs_failed_idx").on(t.finishedAt).where(sql`${t.status} = 'failed'`),
    check("jobs_attempts_range", sql`${t.attempts} >= 0 and ${t.maxAttempts} between 1 and 100`),
  ],
);
