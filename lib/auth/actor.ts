import "server-only";
import { and, eq } from "drizzle-orm";
import { cache } from "react";
import { db } from "@/db";
import { patients, therapists, userSessions, users, type UserRole } from "@/db/schema";
import { SESSION_LIMITS } from "./policy";

/**
 * Who is asking, checked against the database on every call: the session cookie (a signed JWT) is only a
 * claim naming a server-side session. A session stops working at once when it is logged out, when the user
 * is deactivated, changes role, or raises their session version (logout everywhere, password change), after
 * the idle timeout, and after the absolute session lifetime.
 */
export type Actor = {
  userId: string;
  email: string;
  role: UserRole;
  /** Set for patients. */
  patientId: string | null;
  /** Set for staff who are therapists (an admin can be one too). */
  therapistId: string | null;
  /** Whether the account has two-factor login (TOTP) set up. */
  twoFactorEnabled: boolean;
  /** Whether this session passed the second factor. */
  secondFactorVerified: boolean;
};

/** The claims our JWT carries (see auth.config.ts); structural, so lib/ does not depend on the Auth.js config. */
export type SessionLike =
  | { user?: { id?: string | null; role?: string | null; sessionVersion?: number | null; sessionId?: string | null } | null }
  | null
  | undefined;

export class AuthRequiredError extends Error {
  override name = "AuthRequiredError";
  constructor() {
    super("Log in to continue.");
  }
}

/**
 * The session is valid but has not passed the second factor it needs: staff always (they enrol first),
 * patients who turned two-factor login on. The pages send the user to /inloggen/tweestaps.
 */
export class SecondFactorRequiredError extends AuthRequiredError {
  override name = "SecondFactorRequiredError";
}

export class ForbiddenError extends Error {
  override name = "ForbiddenError";
  constructor() {
    super("This account may not do this.");
  }
}

/** How often `last_seen_at` is written: often enough for the idle timeout, rarely enough to cost nothing. */
const TOUCH_AFTER_MS = 60_000;

const loadActor = cache(async (userId: string, role: string, sessionVersion: number, sessionId: string): Promise<Actor | null> => {
  const now = Date.now();
  const [row] = await db
    .select({
      userId: users.id,
      email: users.email,
      role: users.role,
      sessionVersion: users.sessionVersion,
      deactivatedAt: users.deactivatedAt,
      patientId: patients.id,
      therapistId: therapists.id,
      sessionCreatedAt: userSessions.createdAt,
      sessionLastSeenAt: userSessions.lastSeenAt,
      sessionRevokedAt: userSessions.revokedAt,
      sessionSecondFactorAt: userSessions.secondFactorAt,
      totpEnabledAt: users.totpEnabledAt,
    })
    .from(users)
    .innerJoin(userSessions, and(eq(userSessions.id, sessionId), eq(userSessions.userId, users.id)))
    .leftJoin(patients, eq(patients.userId, users.id))
    .leftJoin(therapists, eq(therapists.userId, users.id))
    .where(eq(users.id, userId))
    .limit(1);
  if (!row || row.deactivatedAt || row.sessionVersion !== sessionVersion || row.role !== role) return null;
  if (row.sessionRevokedAt) return null;
  if (now - row.sessionCreatedAt.getTime() > SESSION_LIMITS.absoluteHours * 3_600_000) return null;
  if (now - row.sessionLastSeenAt.getTime() > SESSION_LIMITS.idleMinutes * 60_000) return null;
  if (row.role === "patient" && !row.patientId) return null;
  if (now - row.sessionLastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await db.update(userSessions).set({ lastSeenAt: new Date(now) }).where(eq(userSessions.id, sessionId));
  }
  return {
    userId: row.userId,
    email: row.email,
    role: row.role,
    patientId: row.patientId,
    therapistId: row.therapistId,
    twoFactorEnabled: row.totpEnabledAt !== null,
    secondFactorVerified: row.sessionSecondFactorAt !== null,
  };
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The verified actor of a session, or null when there is none or it is no longer valid. */
export async function currentActor(session: SessionLike): Promise<Actor | null> {
  const user = session?.user;
  if (!user?.id || !UUID.test(user.id) || !user.role || typeof user.sessionVersion !== "number") return null;
  if (!user.sessionId || !UUID.test(user.sessionId)) return null;
  return loadActor(user.id, user.role, user.sessionVersion, user.sessionId);
}

/**
 * What this session still has to do before it may use the portal or workspace: set up two-factor login
 * (staff without it), enter a code (staff, and patients who turned it on), or nothing.
 */
export function secondFactorStep(actor: Pick<Actor, "role" | "twoFactorEnabled" | "secondFactorVerified">): "enrol" | "verify" | null {
  if (actor.secondFactorVerified) return null;
  if (actor.twoFactorEnabled) return "verify";
  return actor.role === "patient" ? null : "enrol";
}

/**
 * The verified actor, or an error: AuthRequiredError without a valid session, SecondFactorRequiredError
 * when the session still needs its second factor, ForbiddenError for a role not allowed.
 */
export async function requireActor(session: SessionLike, allowed?: readonly UserRole[]): Promise<Actor> {
  const actor = await currentActor(session);
  if (!actor) throw new AuthRequiredError();
  if (secondFactorStep(actor)) throw new SecondFactorRequiredError();
  if (allowed && !allowed.includes(actor.role)) throw new ForbiddenError();
  return actor;
}

/** The actor of a valid session that may still be waiting for its second factor (the two-factor pages). */
export async function requireSignedIn(session: SessionLike): Promise<Actor> {
  const actor = await currentActor(session);
  if (!actor) throw new AuthRequiredError();
  return actor;
}

export type PatientActor = Actor & { role: "patient"; patientId: string };
export type StaffActor = Actor & { role: "therapist" | "admin" };

export async function requirePatient(session: SessionLike): Promise<PatientActor> {
  return (await requireActor(session, ["patient"])) as PatientActor;
}

export async function requireStaff(session: SessionLike): Promise<StaffActor> {
  return (await requireActor(session, ["therapist", "admin"])) as StaffActor;
}

export async function requireAdmin(session: SessionLike): Promise<StaffActor> {
  return (await requireActor(session, ["admin"])) as StaffActor;
}

export function homePathFor(role: UserRole): "/portaal" | "/praktijk" {
  return role === "patient" ? "/portaal" : "/praktijk";
}
