import "server-only";
import { eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { users, type UserRole } from "@/db/schema";
import { dummyPasswordHash, verifyPassword } from "./password";
import { loginThrottle, recordLoginAttempt } from "./throttle";

export type AuthenticatedUser = { id: string; email: string; role: UserRole; sessionVersion: number };

export type LoginResult = { ok: true; user: AuthenticatedUser } | { ok: false; reason: "invalid" | "throttled" };

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Checks an e-mail and password. Unknown accounts, accounts without a password (not yet activated),
 * deactivated accounts and wrong passwords all take one argon2 verification and give the same answer, so
 * neither timing nor message tells which e-mail addresses exist.
 */
export async function authenticate(input: { email: string; password: string; ip: string | null; now?: Date }): Promise<LoginResult> {
  const email = normaliseEmail(input.email);
  const now = input.now ?? new Date();

  const verdict = await loginThrottle(email, input.ip, now);
  if (!verdict.allowed) {
    // Still costs one verification, like every other refusal.
    await verifyPassword(await dummyPasswordHash(), input.password);
    await recordLoginAttempt(email, input.ip, false, now);
    return { ok: false, reason: "throttled" };
  }

  const [user] = await db
    .select({
      id: users.id,
      email: users.email,
      role: users.role,
      passwordHash: users.passwordHash,
      sessionVersion: users.sessionVersion,
      deactivatedAt: users.deactivatedAt,
      activatedAt: users.activatedAt,
    })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email))
    .limit(1);

  const usable = user && user.passwordHash && user.activatedAt && !user.deactivatedAt;
  const matches = await verifyPassword(usable ? user.passwordHash! : await dummyPasswordHash(), input.password);

  if (!usable || !matches) {
    await recordLoginAttempt(email, input.ip, false, now);
    return { ok: false, reason: "invalid" };
  }
  await recordLoginAttempt(email, input.ip, true, now);
  await db.update(users).set({ lastLoginAt: now }).where(eq(users.id, user.id));
  return { ok: true, user: { id: user.id, email: user.email, role: user.role, sessionVersion: user.sessionVersion } };
}

/** The role of an account by e-mail (after a successful login, to decide where to go). */
export async function roleOfAccount(email: string): Promise<UserRole | null> {
  const [row] = await db
    .select({ role: users.role })
    .from(users)
    .where(eq(sql`lower(${users.email})`, normaliseEmail(email)))
    .limit(1);
  return row?.role ?? null;
}
