import "server-only";
import { and, asc, desc, eq, gte, ilike, inArray, like, lt, not, or, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db } from "@/db";
import { auditEvents, patients, therapists, users } from "@/db/schema";
import { requireAdmin, type SessionLike } from "@/lib/auth/actor";
import { groupRepeatedViews } from "@/lib/audit/group";
import { actionLabel, recordTypeLabel, roleLabel } from "@/lib/audit/labels";
import { auditSentence } from "@/lib/audit/sentence";
import { addDays, instantAt } from "@/lib/time/zone";
import type { AuditKind, AuditLogFilters } from "@/lib/validation/audit-log";
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
  /** The event as a Dutch sentence with names ("Sanne de Vries opende het oefenplan van L. Visser"). */
  sentence: string;
  patient: { id: string; name: string } | null;
  record: { type: string | null; typeLabel: string | null; id: string | null };
  ip: string | null;
};

/** Repeated views within minutes as one line with a count (the rows stay in the log). */
export type AuditLogLine = { entry: AuditLogEntry; count: number; oldest: Date };

export type AuditLogView = {
  entries: AuditLogEntry[];
  lines: AuditLogLine[];
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

const kindConditions: Record<Exclude<AuditKind, "wijziging">, () => SQL | undefined> = {
  inzage: () =>
    or(
      like(auditEvents.action, "%.viewed"),
      like(auditEvents.action, "%.listed"),
      like(auditEvents.action, "%.form_viewed"),
      like(auditEvents.action, "%.exported"),
      like(auditEvents.action, "read\\_%"),
      like(auditEvents.action, "export\\_%"),
      eq(auditEvents.action, "patient.searched"),
    ),
  afspraken: () => like(auditEvents.action, "appointment.%"),
  accounts: () =>
    or(
      like(auditEvents.action, "staff.%"),
      like(auditEvents.action, "availability.%"),
      like(auditEvents.action, "exercise.%"),
      like(auditEvents.action, "password\\_%"),
      inArray(auditEvents.action, ["account_activated", "logged_out_everywhere"]),
    ),
};

function kindCondition(kind: AuditKind): SQL | undefined {
  if (kind !== "wijziging") return kindConditions[kind]();
  const other = or(kindConditions.inzage(), kindConditions.afspraken(), kindConditions.accounts());
  return other ? not(other) : undefined;
}

type Tx = Parameters<Parameters<typeof db.transaction>[0]>[0];

/** The events matching the filters, newest first, with names joined in (shared by the page and the CSV). */
export async function selectAuditEvents(tx: Tx, filters: AuditLogFilters, timeZone: string, limit: number) {
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

  if (filters.kind) conditions.push(kindCondition(filters.kind));
  const rows = await tx
      .select({
        id: auditEvents.id,
        occurredAt: auditEvents.occurredAt,
        actorRole: auditEvents.actorRole,
        actorUserId: auditEvents.actorUserId,
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
      .limit(limit);

  return rows.map((row) => ({
    id: row.id,
    occurredAt: row.occurredAt,
    actor: { name: row.actorTherapistName ?? row.actorPatientName ?? row.actorEmail ?? null, role: row.actorRole, roleLabel: roleLabel(row.actorRole) },
    actorUserId: row.actorUserId,
    action: row.action,
    actionLabel: actionLabel(row.action),
    sentence: auditSentence({ actorName: row.actorTherapistName ?? row.actorPatientName ?? row.actorEmail ?? null, actorRole: row.actorRole, action: row.action, patientName: row.patientName }),
    patient: row.patientId ? { id: row.patientId, name: row.patientName! } : null,
    record: { type: row.recordType, typeLabel: recordTypeLabel(row.recordType), id: row.recordId },
    ip: row.ip,
  }));
}

export async function readAuditLog(session: SessionLike, filters: AuditLogFilters): Promise<AuditLogView> {
  const actor = await requireAdmin(session);
  const { timeZone } = await getBookingSettings();

  return db.transaction(async (tx) => {
    const rows = await selectAuditEvents(tx, filters, timeZone, AUDIT_PAGE_SIZE + 1);
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
      entries: page.map(({ actorUserId: _actor, ...entry }) => entry),
      lines: groupRepeatedViews(page.map((entry) => ({ ...entry, actorKey: entry.actorUserId ?? entry.actor.role, patientId: entry.patient?.id ?? null }))).map((group) => {
        const { actorUserId: _actor, actorKey: _key, patientId: _patient, ...entry } = group.first;
        return { entry, count: group.count, oldest: group.last.occurredAt };
      }),
      olderBefore: rows.length > AUDIT_PAGE_SIZE ? page.at(-1)!.id : null,
      patient,
      staff: staff
        .map((s) => ({ userId: s.userId, label: s.name ? `${s.name} (${s.email})` : s.email }))
        .sort((a, b) => a.label.localeCompare(b.label, "nl")),
    };
  });
}
