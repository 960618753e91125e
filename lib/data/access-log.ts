import "server-only";
import { and, desc, eq, isNull, ne, or } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db } from "@/db";
import { auditEvents, therapists, users } from "@/db/schema";
import { requirePatient, type SessionLike } from "@/lib/auth/actor";
import { groupRepeatedViews } from "@/lib/audit/group";
import { auditSentence } from "@/lib/audit/sentence";

/**
 * "Wie heeft mijn dossier ingezien" (NEN 7513, issue 17 point 8): the patient's own record's audit events by
 * anyone but the patient, newest first, as sentences with the staff member's name, repeated views within
 * minutes as one line with a count. No IP addresses or record ids: those are for the privacy officer.
 */
export const ACCESS_LOG_LIMIT = 500;

export type AccessLogLine = { occurredAt: Date; oldest: Date; count: number; sentence: string; role: string };

const actorUser = alias(users, "actor_user");

export async function readOwnAccessLog(session: SessionLike): Promise<AccessLogLine[]> {
  const actor = await requirePatient(session);
  const rows = await db
    .select({
      id: auditEvents.id,
      occurredAt: auditEvents.occurredAt,
      actorUserId: auditEvents.actorUserId,
      actorRole: auditEvents.actorRole,
      actorEmail: actorUser.email,
      therapistName: therapists.displayName,
      action: auditEvents.action,
    })
    .from(auditEvents)
    .leftJoin(actorUser, eq(actorUser.id, auditEvents.actorUserId))
    .leftJoin(therapists, eq(therapists.userId, auditEvents.actorUserId))
    .where(and(eq(auditEvents.patientId, actor.patientId), or(isNull(auditEvents.actorUserId), ne(auditEvents.actorUserId, actor.userId))))
    .orderBy(desc(auditEvents.id))
    .limit(ACCESS_LOG_LIMIT);
  const named = rows.map((row) => ({
    ...row,
    actorKey: row.actorUserId ?? row.actorRole,
    patientId: actor.patientId,
    // Staff without a therapist profile (the front desk, an admin) are named by their role, not their address.
    name: row.therapistName ?? (row.actorRole === "admin" ? "Een medewerker van de praktijk (beheer)" : row.actorRole === "therapist" ? "Een fysiotherapeut" : null),
  }));
  return groupRepeatedViews(named).map((group) => ({
    occurredAt: group.first.occurredAt,
    oldest: group.last.occurredAt,
    count: group.count,
    role: group.first.actorRole,
    sentence: auditSentence({ actorName: group.first.name, actorRole: group.first.actorRole, action: group.first.action, patientName: null, forPatient: true }),
  }));
}
