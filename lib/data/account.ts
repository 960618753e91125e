import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { db } from "@/db";
import { patients, users, userTokens } from "@/db/schema";
import { requirePatient, type SessionLike } from "@/lib/auth/actor";
import { hashPassword, verifyPassword, dummyPasswordHash } from "@/lib/auth/password";
import { passwordProblems } from "@/lib/auth/password-policy";
import { loginThrottle, recordLoginAttempt } from "@/lib/auth/throttle";
import { env } from "@/lib/env";
import { enqueueEmail } from "@/lib/mail/outbox";
import { passwordChangedEmail } from "@/lib/mail/password-emails";
import { audit } from "./audit";

/**
 * The patient's own account in *Mijn gegevens*: profile, password change and "log out everywhere".
 */
export type OwnAccount = { email: string; fullName: string; dateOfBirth: string; phone: string | null; activatedAt: Date | null; lastLoginAt: Date | null };

export async function getOwnAccount(session: SessionLike): Promise<OwnAccount> {
  const { patientId } = await requirePatient(session);
  const [row] = await db
    .select({
      email: users.email,
      fullName: patients.fullName,
      dateOfBirth: patients.dateOfBirth,
      phone: patients.phone,
      activatedAt: users.activatedAt,
      lastLoginAt: users.lastLoginAt,
    })
    .from(patients)
    .innerJoin(users, eq(users.id, patients.userId))
    .where(eq(patients.id, patientId));
  if (!row) throw new Error("account: the patient disappeared");
  return row;
}

export type ChangePasswordResult = { ok: true; email: string } | { ok: false; reason: "wrong_current" | "throttled" } | { ok: false; reason: "weak"; problems: string[] };

/**
 * Changes the password. The current password is required and checked like a login: a wrong one counts as a
 * failed login for the account, so a stolen session cannot be used to guess it. On success every session
 * ends (session_version raised, the caller signs this one in again), open links are voided and a notice is
 * sent.
 */
export async function changeOwnPassword(
  session: SessionLike,
  input: { currentPassword: string; newPassword: string; ip: string | null },
  now = new Date(),
): Promise<ChangePasswordResult> {
  const actor = await requirePatient(session);
  const verdict = await loginThrottle(actor.email, input.ip, now);
  const [user] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, actor.userId));
  const matches = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.currentPassword);
  if (!verdict.allowed) {
    await recordLoginAttempt(actor.email, input.ip, false, now);
    return { ok: false, reason: "throttled" };
  }
  if (!matches) {
    await recordLoginAttempt(actor.email, input.ip, false, now);
    return { ok: false, reason: "wrong_current" };
  }
  const problems = passwordProblems(input.newPassword, { email: actor.email });
  if (problems.length) return { ok: false, reason: "weak", problems };
  const passwordHash = await hashPassword(input.newPassword);

  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, actor.userId));
    await tx.update(userTokens).set({ usedAt: now }).where(and(eq(userTokens.userId, actor.userId), isNull(userTokens.usedAt)));
    const [profile] = await tx.select({ name: patients.fullName }).from(patients).where(eq(patients.id, actor.patientId));
    await enqueueEmail(tx, passwordChangedEmail({ to: actor.email, name: profile?.name ?? null, appUrl: env.APP_URL }));
    await audit(tx, actor, { action: "password_changed", patientId: actor.patientId, recordType: "user", recordId: actor.userId, ip: input.ip });
  });
  return { ok: true, email: actor.email };
}

/** Ends every session of the patient, this one included, by raising the session version. */
export async function endAllSessions(session: SessionLike): Promise<void> {
  const actor = await requirePatient(session);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, actor.userId));
    await audit(tx, actor, { action: "logged_out_everywhere", patientId: actor.patientId, recordType: "user", recordId: actor.userId });
  });
}
