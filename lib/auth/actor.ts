import "server-only";
import { eq } from "drizzle-orm";
import { cache } from "react";
import { db } from "@/db";
import { patients, therapists, users, type UserRole } from "@/db/schema";
import { SESSION_LIMITS } from "./policy";

/**
 * Who is asking, checked against the database on every call: the session (a signed JWT) is only a claim.
 * A session stops working at once when the user is deactivated, changes role, or raises their session
 * version (logout everywhere, password change), and after the absolute session lifetime.
 */
export type Actor = {
  userId: string;
  email: string;
  role: UserRole;
  /** Set for patients. */
  patientId: string | null;
  /** Set for staff who are therapists (an admin can be one too). */
  therapistId: string | null;
};

/** The claims our JWT carries (see auth.ts); structural, so lib/ does not depend on the Auth.js config. */
export type SessionLike =
  | { user?: { id?: string | null; role?: string | null; sessionVersion?: number | null; authTime?: number | null } | null }
  | null
  | undefined;

export class AuthRequiredError extends Error {
  override name = "AuthRequiredError";
  constructor() {
    super("Log in to continue.");
  }
}

export class ForbiddenError extends Error {
  override name = "ForbiddenError";
  constructor() {
    super("This account may not do this.");
  }
}

const loadActor = cache(async (userId: string, role: string, sessionVersion: number, authTime: number): Promise<Actor | null> => {
  if (Date.now() - authTime > SESSION_LIMITS.absoluteHours * 3_600_000) return null;
  const [row] = await db
    .select({
      userId: users.id,
      email: users.email,
      role: users.role,
      sessionVersion: users.sessionVersion,
      deactivatedAt: users.deactivatedAt,
      patientId: patients.id,
      therapistId: therapists.id,
    })
    .from(users)
    .leftJoin(patients, eq(patients.userId, users.id))
    .leftJoin(therapists, eq(therapists.userId, users.id))
    .where(eq(users.id, userId))
    .limit(1);
  if (!row || row.deactivatedAt || row.sessionVersion !== sessionVersion || row.role !== role) return null;
  if (row.role === "patient" && !row.patientId) return null;
  return { userId: row.userId, email: row.email, role: row.role, patientId: row.patientId, therapistId: row.therapistId };
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The verified actor of a session, or null when there is none or it is no longer valid. */
export async function currentActor(session: SessionLike): Promise<Actor | null> {
  const user = session?.user;
  if (!user?.id || !UUID.test(user.id) || !user.role || typeof user.sessionVersion !== "number" || typeof user.authTime !== "number") return null;
  return loadActor(user.id, user.role, user.sessionVersion, user.authTime);
}

/** The verified actor, or an error: AuthRequiredError without a valid session, ForbiddenError for a role not allowed. */
export async function requireActor(session: SessionLike, allowed?: readonly UserRole[]): Promise<Actor> {
  const actor = await currentActor(session);
  if (!actor) throw new AuthRequiredError();
  if (allowed && !allowed.includes(actor.role)) throw new ForbiddenError();
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
