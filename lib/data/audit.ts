import "server-only";
import { sql } from "drizzle-orm";
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
 * calling `audit` for each. The rows travel as one JSON parameter (jsonb_to_recordset), not eight parameters a
 * row: for the 70 intakes of everyone's week that is half the INSERT's time on PGlite (npm run bench, clinical).
 */
export async function auditMany(executor: Executor, actor: AuditActor, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const ip = entries.some((entry) => entry.ip === undefined) ? await clientIp() : null;
  const rows = entries.map((entry) => ({
    action: entry.action,
    patient_id: entry.patientId ?? null,
    record_type: entry.recordType ?? null,
    record_id: entry.recordId ?? null,
    ip: entry.ip !== undefined ? entry.ip : ip,
    details: entry.details ?? {},
  }));
  if (rows.length === 1) {
    const [row] = rows as [(typeof rows)[number]];
    await executor.insert(auditEvents).values({
      actorUserId: actor.userId,
      actorRole: actor.role,
      action: row.action,
      patientId: row.patient_id,
      recordType: row.record_type,
      recordId: row.record_id,
      ip: row.ip,
      details: row.details,
    });
    return;
  }
  await executor.execute(sql`
    insert into ${auditEvents} (actor_user_id, actor_role, action, patient_id, record_type, record_id, ip, details)
    select ${actor.userId}::uuid, ${actor.role}, r.action, r.patient_id, r.record_type, r.record_id, r.ip, r.details
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      as r(action text, patient_id uuid, record_type text, record_id text, ip text, details jsonb)`);
}
