import "server-only";
import { and, count, desc, eq, gt, inArray, isNotNull } from "drizzle-orm";
import { db } from "@/db";
import { jobs } from "@/db/schema";
import { requireAdmin, type SessionLike } from "@/lib/auth/actor";
import { audit } from "../audit";
import { isUuid } from "../patient-scope";

/**
 * The job queue as the administrator sees it (workspace → Taken): how many jobs wait, and every job that
 * failed for good or is failing now, with its last error. An admin can send a failed job back to the queue.
 * Admins only (`requireAdmin`); the payload is never shown, it can hold patient references.
 */
export type JobProblem = {
  id: string;
  kind: string;
  kindLabel: string;
  status: "queued" | "running" | "failed";
  attempts: number;
  maxAttempts: number;
  lastError: string;
  nextRunAt: Date | null;
  failedAt: Date | null;
};
export type JobOverview = { waiting: number; running: number; failed: number; problems: JobProblem[] };

const kindLabels: Record<string, string> = {
  "mail.deliver": "E-mail versturen",
  "sms.deliver": "Sms versturen",
  "reminder.send": "Herinnering",
  "morning.ask": "Ochtendvraag na een oefensessie",
  "waitlist.offer": "Wachtlijstaanbod",
  "waitlist.offer_hours": "Wachtlijstaanbod (nieuwe werktijden)",
  "waitlist.offer_expire": "Wachtlijstaanbod verlopen",
  "hold.expire": "Reservering verlopen",
};
export const jobKindLabel = (kind: string) => kindLabels[kind] ?? kind;

export async function readJobOverview(session: SessionLike): Promise<JobOverview> {
  await requireAdmin(session);
  const counts = await db.select({ status: jobs.status, n: count() }).from(jobs).where(inArray(jobs.status, ["queued", "running", "failed"])).groupBy(jobs.status);
  const of = (status: string) => counts.find((c) => c.status === status)?.n ?? 0;
  const failing = await db
    .select()
    .from(jobs)
    .where(and(inArray(jobs.status, ["queued", "running", "failed"]), isNotNull(jobs.lastError), gt(jobs.attempts, 0)))
    .orderBy(desc(jobs.status), desc(jobs.createdAt))
    .limit(100);
  return {
    waiting: of("queued"),
    running: of("running"),
    failed: of("failed"),
    problems: failing.map((j) => ({
      id: j.id,
      kind: j.kind,
      kindLabel: jobKindLabel(j.kind),
      status: j.status as JobProblem["status"],
      attempts: j.attempts,
      maxAttempts: j.maxAttempts,
      lastError: j.lastError ?? "",
      nextRunAt: j.status === "failed" ? null : j.runAt,
      failedAt: j.status === "failed" ? j.finishedAt : null,
    })),
  };
}

/** Sends a failed job back to the queue with fresh attempts; "not_found" for anything else. */
export async function retryFailedJob(session: SessionLike, jobId: string, now = new Date()): Promise<"queued" | "not_found"> {
  const actor = await requireAdmin(session);
  if (!isUuid(jobId)) return "not_found";
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(jobs)
      .set({ status: "queued", attempts: 0, runAt: now, finishedAt: null })
      .where(and(eq(jobs.id, jobId), eq(jobs.status, "failed")))
      .returning({ id: jobs.id, kind: jobs.kind });
    if (!row) return "not_found";
    await audit(tx, actor, { action: "job.retried", recordType: "job", recordId: row.id, details: { kind: row.kind } });
    return "queued";
  });
}
