import "server-only";
import { and, asc, count, eq, gt, inArray, isNull, ne, sql } from "drizzle-orm";
import { db, type Transaction } from "@/db";
import { isUniqueViolation } from "@/lib/data/db-errors";
import { appointments, therapists, userSessions, users } from "@/db/schema";
import { requireAdmin, type SessionLike, type StaffActor } from "@/lib/auth/actor";
import { issueUserToken } from "@/lib/auth/tokens";
import { env } from "@/lib/env";
import { enqueueEmail } from "@/lib/mail/outbox";
import { staffInvitationEmail } from "@/lib/mail/staff-emails";
import type { TherapistAccountInput } from "@/lib/validation/team";
import { audit } from "../audit";
import { accountColumns } from "../internal/query-shapes";
import { isUuid } from "../patient-scope";

/**
 * The practice's staff accounts, managed by admins only. A new account has no password: it gets the same
 * one-time activation link as a patient. A role change or deactivation raises the account's session version
 * and revokes its sessions, so every open session of that person stops at its next request
 * (lib/auth/actor.ts checks both). An admin cannot demote or deactivate themselves, so the practice is never
 * locked out by a slip. Every change is audited with the target account.
 */
export type StaffMember = {
  userId: string;
  email: string;
  role: "therapist" | "admin";
  name: string | null;
  therapist: { id: string; slug: string; title: string; sortOrder: number } | null;
  activated: boolean;
  deactivated: boolean;
  isSelf: boolean;
};

export async function listStaff(session: SessionLike): Promise<StaffMember[]> {
  const actor = await requireAdmin(session);
  const rows = await db
    .select({
      userId: users.id,
      email: users.email,
      role: users.role,
      activatedAt: users.activatedAt,
      deactivatedAt: users.deactivatedAt,
      therapistId: therapists.id,
      name: therapists.displayName,
      slug: therapists.slug,
      title: therapists.title,
      sortOrder: therapists.sortOrder,
    })
    .from(users)
    .leftJoin(therapists, eq(therapists.userId, users.id))
    .where(inArray(users.role, ["therapist", "admin"]))
    .orderBy(sql`${users.deactivatedAt} is not null`, asc(sql`coalesce(${therapists.sortOrder}, 0)`), asc(users.email));
  return rows.map((row) => ({
    userId: row.userId,
    email: row.email,
    role: row.role as "therapist" | "admin",
    name: row.name,
    therapist: row.therapistId ? { id: row.therapistId, slug: row.slug!, title: row.title!, sortOrder: row.sortOrder! } : null,
    activated: row.activatedAt !== null,
    deactivated: row.deactivatedAt !== null,
    isSelf: row.userId === actor.userId,
  }));
}

export type TeamChange =
  | { ok: true; userId: string; upcomingAppointments?: number }
  | { ok: false; reason: "not_found" | "self" | "no_therapist_profile" | "unchanged" }
  | { ok: false; reason: "invalid"; field: string; message: string };

const EMAIL_TAKEN = "Er is al een account met dit e-mailadres.";

async function invite(tx: Transaction, user: { id: string; email: string; role: "therapist" | "admin"; name: string | null }, now: Date) {
  const token = await issueUserToken(tx, user.id, "activation", now);
  await enqueueEmail(tx, staffInvitationEmail({ to: user.email, name: user.name, role: user.role, appUrl: env.APP_URL, token }));
}

async function emailTaken(tx: Transaction, email: string): Promise<boolean> {
  const [row] = await tx.select({ id: users.id }).from(users).where(eq(sql`lower(${users.email})`, email.toLowerCase())).limit(1);
  return !!row;
}

/** A therapist account with its public profile (not bookable until it has opening hours). */
export async function createTherapistAccount(session: SessionLike, input: TherapistAccountInput, now = new Date()): Promise<TeamChange> {
  const actor = await requireAdmin(session);
  if (!input.slug) return { ok: false, reason: "invalid", field: "slug", message: "Vul een webadres in met letters of cijfers." };
  try {
    return await db.transaction(async (tx) => {
      if (await emailTaken(tx, input.email)) return { ok: false, reason: "invalid", field: "email", message: EMAIL_TAKEN } as const;
      const [slugInUse] = await tx.select({ id: therapists.id }).from(therapists).where(eq(therapists.slug, input.slug)).limit(1);
      if (slugInUse) return { ok: false, reason: "invalid", field: "slug", message: "Dit webadres is al in gebruik. Kies een ander." } as const;
      const sortOrder = input.sortOrder ?? (await nextSortOrder(tx));
      const [user] = await tx.insert(users).values({ email: input.email, role: "therapist" }).returning({ id: users.id });
      await tx.insert(therapists).values({ userId: user!.id, slug: input.slug, displayName: input.displayName, title: input.title, sortOrder });
      await invite(tx, { id: user!.id, email: input.email, role: "therapist", name: input.displayName }, now);
      await audit(tx, actor, { action: "staff.created", recordType: "user", recordId: user!.id, details: { targetUserId: user!.id, role: "therapist", email: input.email, slug: input.slug } });
      return { ok: true, userId: user!.id } as const;
    });
  } catch (error) {
    // Two admins creating the same account at once: the database's unique keys decide.
    if (isUniqueViolation(error, "users_email_lower_key")) return { ok: false, reason: "invalid", field: "email", message: EMAIL_TAKEN };
    if (isUniqueViolation(error, "therapists_slug_unique")) return { ok: false, reason: "invalid", field: "slug", message: "Dit webadres is al in gebruik. Kies een ander." };
    throw error;
  }
}

async function nextSortOrder(tx: Transaction): Promise<number> {
  const [row] = await tx.select({ max: sql<number>`coalesce(max(${therapists.sortOrder}), 0)::int` }).from(therapists);
  return Math.min((row?.max ?? 0) + 1, 999);
}

/**
 * An admin account without a therapist profile (users have no name column: such an admin is shown by
 * e-mail address, as in the workspace header). An admin who also treats patients is created as a therapist
 * and then made admin.
 */
export async function createAdminAccount(session: SessionLike, input: { email: string }, now = new Date()): Promise<TeamChange> {
  const actor = await requireAdmin(session);
  try {
    return await db.transaction(async (tx) => {
      if (await emailTaken(tx, input.email)) return { ok: false, reason: "invalid", field: "email", message: EMAIL_TAKEN } as const;
      const [user] = await tx.insert(users).values({ email: input.email, role: "admin" }).returning({ id: users.id });
      await invite(tx, { id: user!.id, email: input.email, role: "admin", name: null }, now);
      await audit(tx, actor, { action: "staff.created", recordType: "user", recordId: user!.id, details: { targetUserId: user!.id, role: "admin", email: input.email } });
      return { ok: true, userId: user!.id } as const;
    });
  } catch (error) {
    if (isUniqueViolation(error, "users_email_lower_key")) return { ok: false, reason: "invalid", field: "email", message: EMAIL_TAKEN };
    throw error;
  }
}

type Target = { id: string; email: string; role: "therapist" | "admin"; activatedAt: Date | null; deactivatedAt: Date | null; therapistId: string | null; name: string | null };

/** A staff account other than the actor's own, locked for the change; patients are "not found". */
async function targetFor(tx: Transaction, actor: StaffActor, userId: string): Promise<Target | "self" | null> {
  if (!isUuid(userId)) return null;
  const [row] = await tx
    .select({
      ...accountColumns,
      therapistId: therapists.id,
      name: therapists.displayName,
    })
    .from(users)
    .leftJoin(therapists, eq(therapists.userId, users.id))
    .where(and(eq(users.id, userId), ne(users.role, "patient")))
    .for("update", { of: users })
    .limit(1);
  if (!row) return null;
  if (row.id === actor.userId) return "self";
  return row as Target;
}

/** Ends every open session of an account at once: the raised version and the revoked rows both stop it. */
async function endSessions(tx: Transaction, userId: string, now: Date): Promise<void> {
  await tx.update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, userId));
  await tx.update(userSessions).set({ revokedAt: now }).where(and(eq(userSessions.userId, userId), isNull(userSessions.revokedAt)));
}

export async function changeStaffRole(session: SessionLike, userId: string, role: "therapist" | "admin", now = new Date()): Promise<TeamChange> {
  const actor = await requireAdmin(session);
  return db.transaction(async (tx) => {
    const target = await targetFor(tx, actor, userId);
    if (!target) return { ok: false, reason: "not_found" } as const;
    if (target === "self") return { ok: false, reason: "self" } as const;
    if (target.role === role) return { ok: false, reason: "unchanged" } as const;
    // A therapist without a profile would have no agenda or hours: only admins with a profile can become one.
    if (role === "therapist" && !target.therapistId) return { ok: false, reason: "no_therapist_profile" } as const;
    await tx.update(users).set({ role }).where(eq(users.id, target.id));
    await endSessions(tx, target.id, now);
    await audit(tx, actor, { action: "staff.role_changed", recordType: "user", recordId: target.id, details: { targetUserId: target.id, from: target.role, to: role } });
    return { ok: true, userId: target.id } as const;
  });
}

/**
 * Deactivates an account: it cannot log in, its sessions end, a therapist is no longer bookable. Planned
 * appointments stay (their number is returned so the admin can arrange them); nothing is deleted.
 */
export async function deactivateStaff(session: SessionLike, userId: string, now = new Date()): Promise<TeamChange> {
  const actor = await requireAdmin(session);
  return db.transaction(async (tx) => {
    const target = await targetFor(tx, actor, userId);
    if (!target) return { ok: false, reason: "not_found" } as const;
    if (target === "self") return { ok: false, reason: "self" } as const;
    if (target.deactivatedAt) return { ok: false, reason: "unchanged" } as const;
    await tx.update(users).set({ deactivatedAt: now }).where(eq(users.id, target.id));
    await endSessions(tx, target.id, now);
    let upcoming = 0;
    if (target.therapistId) {
      const [row] = await tx
        .select({ n: count() })
        .from(appointments)
        .where(and(eq(appointments.therapistId, target.therapistId), inArray(appointments.status, ["confirmed", "requested"]), gt(appointments.startsAt, now)));
      upcoming = row?.n ?? 0;
    }
    await audit(tx, actor, { action: "staff.deactivated", recordType: "user", recordId: target.id, details: { targetUserId: target.id, upcomingAppointments: upcoming } });
    return { ok: true, userId: target.id, upcomingAppointments: upcoming } as const;
  });
}

export async function reactivateStaff(session: SessionLike, userId: string, now = new Date()): Promise<TeamChange> {
  const actor = await requireAdmin(session);
  return db.transaction(async (tx) => {
    const target = await targetFor(tx, actor, userId);
    if (!target) return { ok: false, reason: "not_found" } as const;
    if (target === "self") return { ok: false, reason: "self" } as const;
    if (!target.deactivatedAt) return { ok: false, reason: "unchanged" } as const;
    await tx.update(users).set({ deactivatedAt: null }).where(eq(users.id, target.id));
    await endSessions(tx, target.id, now);
    await audit(tx, actor, { action: "staff.reactivated", recordType: "user", recordId: target.id, details: { targetUserId: target.id } });
    return { ok: true, userId: target.id } as const;
  });
}

/** A fresh activation link for an account that has not chosen a password yet (the earlier link stops). */
export async function resendStaffInvitation(session: SessionLike, userId: string, now = new Date()): Promise<TeamChange> {
  const actor = await requireAdmin(session);
  return db.transaction(async (tx) => {
    const target = await targetFor(tx, actor, userId);
    if (!target) return { ok: false, reason: "not_found" } as const;
    if (target === "self") return { ok: false, reason: "self" } as const;
    if (target.activatedAt || target.deactivatedAt) return { ok: false, reason: "unchanged" } as const;
    await invite(tx, { id: target.id, email: target.email, role: target.role, name: target.name }, now);
    await audit(tx, actor, { action: "staff.invitation_sent", recordType: "user", recordId: target.id, details: { targetUserId: target.id } });
    return { ok: true, userId: target.id } as const;
  });
}
