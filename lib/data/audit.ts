import "server-only";
import type { Executor } from "@/db";
import { auditEvents } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { clientIp } from "@/lib/request";

/**
 * Appends an audit event (NEN 7513): who (user and role at the time), did what, with which patient's
 * record, when and from where. The table refuses UPDATE and DELETE. Call it inside the same transaction as
 * the read or write it records, so a change never exists without its audit row.
 */
export type AuditEntry = {
  action: string;
  patientId?: string | null;
  recordType?: string;
  recordId?: string | null;
  details?: Record<string, unknown>;
  /** The client IP when the caller already has it (throttling counts by it); otherwise read from the request. */
  ip?: string | null;
};

/** Who acted: a verified actor, a user acting through a one-time link (not logged in), or nobody. */
export type AuditActor = Pick<Actor, "userId" | "role"> | { userId: null; role: "system" | "anonymous" };

export async function audit(executor: Executor, actor: AuditActor, entry: AuditEntry): Promise<void> {
  await auditMany(executor, actor, [entry]);
}

/**
 * Appends several audit events of one actor in one INSERT (e.g. every intake a list shows): the same rows as
 * calling `audit` for each, one round trip instead of one per row.
 */
export async function auditMany(executor: Executor, actor: AuditActor, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const ip = entries.some((entry) => entry.ip === undefined) ? await clientIp() : null;
  await executor.insert(auditEvents).values(
    entries.map((entry) => ({
      actorUserId: actor.userId,
      actorRole: actor.role,
      action: entry.action,
      patientId: entry.patientId ?? null,
      recordType: entry.recordType ?? null,
      recordId: entry.recordId ?? null,
      ip: entry.ip !== undefined ? entry.ip : ip,
      details: entry.details ?? {},
    })),
  );
}
