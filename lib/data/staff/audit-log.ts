import "server-only";
import { and, asc, desc, eq, gte, ilike, inArray, lt, or, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db } from "@/db";
import { auditEvents, patients, therapists, users } from "@/db/schema";
import { requireAdmin, type SessionLike } from "@/lib/auth/actor";
import { actionLabel, recordTypeLabel, roleLabel } from "@/lib/audit/labels";
import { addDays, instantAt } from "@/lib/time/zone";
import type { AuditLogFilters } from "@/lib/validation/audit-log";
import { audit } from "../audit";
import { getBookingSettings } from "../practice-settings";

/**
 * The audit log for admins (NEN 7513): who accessed or changed what, newest first, filtered by patient,
 * staff member and period, 50 per page (keyset on the event id, so a page stays stable while new events are
 * appended). Reading the log is itself an audit event.
 *
 * The one gate is the `requireAdmin` call at the top of `readAuditLog`: it refuses anyone but an admin
 * whose session passed the second factor (lib/auth/actor.ts, docs/decisions/009).
 */
export const AUDIT_PAGE_SIZE = 50;

export type AuditLogEntry = {
  id: number;
  occurredAt: Date;
  actor: { name: string | null; role: string; roleLabel: string };
  action: string;
  actionLabel: string;
  patient: { id: string; name: string } | null;
  record: { type: string | null; typeLabel: string | null; id: string | null };
  ip: string | null;
};

export type AuditLogView = {
  entries: AuditLogEntry[];
  /** The `before` value of the next (older) page, or null on the last page. */
  olderBefore: number | null;
  /** The patient of an exact patient filter (for the heading), or null. */
  patient: { id: string; name: string } | null;
  /** Staff to filter by (including deactivated accounts: their old events stay in the log). */
  staff: { userId: string; label: string }[];
};

const actorUser = alias(users, "actor_user");
const actorTherapist = alias(therapists, "actor_therapist");
const actorPatient = alias(patients, "actor_patient");
const patientUser = alias(users, "patient_user");

/** `%` and `_` typed by the admin are literal characters, not wildcards. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export async function readAuditLog(session: SessionLike, filters: AuditLogFilters): Promise<AuditLogView> {
  const actor = await requireAdmin(session);
  const { timeZone } = await getBookingSettings();

  const conditions: (SQL | undefined)[] = [];
  if (filters.patientId) conditions.push(eq(auditEvents.patientId, filters.patientId));
  if (filters.patientQuery) {
    const pattern = containsPattern(filters.patientQuery);
    conditions.push(or(ilike(patients.fullName, pattern), ilike(patientUser.email, pattern)));
  }
  if (filters.staffUserId) conditions.push(eq(auditEvents.actorUserId, filters.staffUserId));
  if (filters.fromDate) conditions.push(gte(auditEvents.occurredAt, instantAt(filters.fromDate, 0, timeZone)));
  if (filters.toDate) conditions.push(lt(auditEvents.occurredAt, instantAt(addDays(filters.toDate, 1), 0, timeZone)));
  if (filters.before) conditions.push(lt(auditEvents.id, filters.before));

  return db.transaction(async (tx) => {
    const rows = await tx
      .select({
        id: auditEvents.id,
        occurredAt: auditEvents.occurredAt,
        actorRole: auditEvents.actorRole,
        actorEmail: actorUser.email,
        actorTherapistName: actorTherapist.displayName,
        actorPatientName: actorPatient.fullName,
        action: auditEvents.action,
        patientId: patients.id,
        patientName: patients.fullName,
        recordType: auditEvents.recordType,
        recordId: auditEvents.recordId,
        ip: auditEvents.ip,
      })
      .from(auditEvents)
      .leftJoin(actorUser, eq(actorUser.id, auditEvents.actorUserId))
      .leftJoin(actorTherapist, eq(actorTherapist.userId, auditEvents.actorUserId))
      .leftJoin(actorPatient, eq(actorPatient.userId, auditEvents.actorUserId))
      .leftJoin(patients, eq(patients.id, auditEvents.patientId))
      .leftJoin(patientUser, eq(patientUser.id, patients.userId))
      .where(and(...conditions))
      .orderBy(desc(auditEvents.id))
      .limit(AUDIT_PAGE_SIZE + 1);

    const page = rows.slice(0, AUDIT_PAGE_SIZE);
    const staff = await tx
      .select({ userId: users.id, email: users.email, name: therapists.displayName })
      .from(users)
      .leftJoin(therapists, eq(therapists.userId, users.id))
      .where(inArray(users.role, ["therapist", "admin"]))
      .orderBy(asc(users.email));

    let patient: AuditLogView["patient"] = null;
    if (filters.patientId) {
      const [row] = await tx.select({ id: patients.id, name: patients.fullName }).from(patients).where(eq(patients.id, filters.patientId)).limit(1);
      patient = row ?? null;
    }

    await audit(tx, actor, {
      action: "audit.viewed",
      recordType: "audit_log",
      details: { filters: { ...filters }, shown: page.length },
    });

    return {
      entries: page.map((row) => ({
        id: row.id,
        occurredAt: row.occurredAt,
        actor: { name: row.actorTherapistName ?? row.actorPatientName ?? row.actorEmail ?? null, role: row.actorRole, roleLabel: roleLabel(row.actorRole) },
        action: row.action,
        actionLabel: actionLabel(row.action),
        patient: row.patientId ? { id: row.patientId, name: row.patientName! } : null,
        record: { type: row.recordType, typeLabel: recordTypeLabel(row.recordType), id: row.recordId },
        ip: row.ip,
      })),
      olderBefore: rows.length > AUDIT_PAGE_SIZE ? page.at(-1)!.id : null,
      patient,
      staff: staff
        .map((s) => ({ userId: s.userId, label: s.name ? `${s.name} (${s.email})` : s.email }))
        .sort((a, b) => a.label.localeCompare(b.label, "nl")),
    };
  });
}
