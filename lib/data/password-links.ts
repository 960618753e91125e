import "server-only";
import { and, count, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import { db, type Executor } from "@/db";
import { loginAttempts, outboxEmails, patients, therapists, users, userTokens } from "@/db/schema";
import { normaliseEmail } from "@/lib/auth/login";
import { hashPassword } from "@/lib/auth/password";
import { passwordProblems } from "@/lib/auth/password-policy";
import { PASSWORD_LINK_THROTTLE, PASSWORD_LINK_USE_LIMITS } from "@/lib/auth/policy";
import { hitRateLimit } from "@/lib/auth/rate-limit";
import { hashToken } from "@/lib/auth/tokens";
import { consumeUserToken, issueUserToken, peekUserToken, type TokenPurpose } from "@/lib/auth/tokens";
import { env } from "@/lib/env";
import { enqueueEmail } from "@/lib/mail/outbox";
import { staffInvitationEmail } from "@/lib/mail/staff-emails";
import { activationLinkEmail, PASSWORD_EMAIL_KINDS, passwordChangedEmail, passwordResetEmail } from "@/lib/mail/password-emails";
import { audit } from "./audit";
import { accountColumns } from "./internal/query-shapes";

/**
 * The password flows that run without a session: asking for a link ("wachtwoord vergeten") and choosing a
 * password through an activation or reset link. The one-time token in the link is the credential here;
 * it is checked and used up in the same transaction that sets the password.
 */

const REQUESTED = "password_link_requested";

/** Tokens are 32 random bytes in base64url (lib/auth/tokens.ts); anything else is not worth a query. */
function looksLikeToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

type Account = { id: string; email: string; role: "patient" | "therapist" | "admin"; activatedAt: Date | null; deactivatedAt: Date | null; name: string | null; patientId: string | null };

async function accountBy(executor: Executor, where: { email: string } | { id: string }): Promise<Account | null> {
  const [row] = await executor
    .select({
      ...accountColumns,
      patientName: patients.fullName,
      therapistName: therapists.displayName,
      patientId: patients.id,
    })
    .from(users)
    .leftJoin(patients, eq(patients.userId, users.id))
    .leftJoin(therapists, eq(therapists.userId, users.id))
    .where("email" in where ? eq(sql`lower(${users.email})`, where.email) : eq(users.id, where.id))
    .limit(1);
  if (!row) return null;
  return { ...row, name: row.patientName ?? row.therapistName ?? null };
}

export type PasswordLinkRequest = { ok: true; sent: boolean } | { ok: false; reason: "ip_throttled" };

/**
 * "Wachtwoord vergeten". Always the same answer for known and unknown addresses: an activated account gets a
 * reset link, an account that was never activated a fresh activation link, anything else nothing. Each
 * request is an audit event with the client IP, which is what the per-IP limit counts; the per-address
 * limit counts the links already in the outbox and, once reached, silently sends no more.
 * `sent` is for the caller's delivery only (never shown): a message is waiting in the outbox.
 */
export async function requestPasswordLink(input: { email: string; ip: string | null; now?: Date }): Promise<PasswordLinkRequest> {
  const now = input.now ?? new Date();
  const email = normaliseEmail(input.email);

  const limit = await hitRateLimit("password_link_request", [{ key: input.ip, max: PASSWORD_LINK_THROTTLE.perIp, windowMinutes: PASSWORD_LINK_THROTTLE.perIpWindowMinutes }], now);
  if (!limit.allowed) return { ok: false, reason: "ip_throttled" };

  return db.transaction(async (tx) => {
    const account = await accountBy(tx, { email });
    const record = (outcome: string) =>
      audit(
        tx,
        { userId: null, role: "anonymous" },
        {
          action: REQUESTED,
          patientId: account?.patientId ?? null,
          recordType: account ? "user" : undefined,
          recordId: account?.id ?? null,
          ip: input.ip,
          details: { outcome },
        },
      );

    if (!account || account.deactivatedAt) {
      await record(account ? "deactivated" : "unknown");
      return { ok: true, sent: false };
    }

    const since = new Date(now.getTime() - PASSWORD_LINK_THROTTLE.perEmailWindowMinutes * 60_000);
    const [recent] = await tx
      .select({ n: count() })
      .from(outboxEmails)
      .where(
        and(
          eq(outboxEmails.toAddress, account.email),
          inArray(outboxEmails.kind, [PASSWORD_EMAIL_KINDS.reset, PASSWORD_EMAIL_KINDS.activation]),
          gt(outboxEmails.createdAt, since),
        ),
      );
    if ((recent?.n ?? 0) >= PASSWORD_LINK_THROTTLE.perEmail) {
      await record("limited");
      return { ok: true, sent: false };
    }

    const purpose: TokenPurpose = account.activatedAt ? "password_reset" : "activation";
    const token = await issueUserToken(tx, account.id, purpose, now);
    const message = { to: account.email, name: account.name, appUrl: env.APP_URL, token };
    const outgoing =
      purpose === "password_reset"
        ? passwordResetEmail(message)
        : account.role === "patient"
          ? activationLinkEmail(message)
          : staffInvitationEmail({ ...message, role: account.role });
    await enqueueEmail(tx, outgoing);
    await record(purpose === "activation" ? "activation_link_sent" : "reset_link_sent");
    return { ok: true, sent: true };
  });
}

/** The account a still-valid link belongs to (to show the form), or null for an unknown, used or expired link. */
export async function peekPasswordLink(token: string, purpose: TokenPurpose, now = new Date()): Promise<{ email: string } | null> {
  if (!looksLikeToken(token)) return null;
  const userId = await peekUserToken(db, token, purpose, now);
  if (!userId) return null;
  const account = await accountBy(db, { id: userId });
  if (!account || account.deactivatedAt) return null;
  return { email: account.email };
}

export type SetPasswordResult = { ok: true; email: string } | { ok: false; reason: "invalid_link" | "throttled" } | { ok: false; reason: "weak"; problems: string[] };

/**
 * Sets the password through an activation or reset link. The policy is checked before the link is used
 * (a refused password does not burn the link); then, in one transaction: the link is used up (exactly one of
 * two simultaneous submits wins), the password set, the account activated, every other session ended
 * (session_version raised), the account's other open links voided, its failed logins forgiven (the owner
 * proved control of the mailbox, so the lockout no longer protects anyone) and, for a reset, a notice sent.
 */
export async function setPasswordWithLink(input: { token: string; purpose: TokenPurpose; password: string; ip?: string | null; now?: Date }): Promise<SetPasswordResult> {
  const now = input.now ?? new Date();
  const limit = await hitRateLimit(
    "password_link_use",
    [
      { key: hashToken(input.token), ...PASSWORD_LINK_USE_LIMITS.perToken },
      { key: input.ip, ...PASSWORD_LINK_USE_LIMITS.perIp },
    ],
    now,
  );
  if (!limit.allowed) return { ok: false, reason: "throttled" };
  const account = await peekPasswordLink(input.token, input.purpose, now);
  if (!account) return { ok: false, reason: "invalid_link" };
  const problems = passwordProblems(input.password, { email: account.email });
  if (problems.length) return { ok: false, reason: "weak", problems };
  const passwordHash = await hashPassword(input.password);

  return db.transaction(async (tx) => {
    const userId = await consumeUserToken(tx, input.token, input.purpose, now);
    if (!userId) return { ok: false, reason: "invalid_link" } as const;
    const [user] = await tx
      .update(users)
      .set({
        passwordHash,
        activatedAt: sql`coalesce(${users.activatedAt}, ${now.toISOString()}::timestamptz)`,
        sessionVersion: sql`${users.sessionVersion} + 1`,
      })
      .where(and(eq(users.id, userId), isNull(users.deactivatedAt)))
      .returning({ id: users.id, email: users.email, role: users.role });
    if (!user) throw new Error("password link: the account disappeared while its link was used");
    await tx.update(userTokens).set({ usedAt: now }).where(and(eq(userTokens.userId, user.id), isNull(userTokens.usedAt)));
    await tx.delete(loginAttempts).where(and(eq(loginAttempts.email, user.email), eq(loginAttempts.succeeded, false)));
    const details = await accountBy(tx, { id: user.id });
    if (input.purpose === "password_reset") {
      await enqueueEmail(tx, passwordChangedEmail({ to: user.email, name: details?.name ?? null, appUrl: env.APP_URL }));
    }
    await audit(tx, { userId: user.id, role: user.role }, {
      action: input.purpose === "activation" ? "account_activated" : "password_reset",
      patientId: details?.patientId ?? null,
      recordType: "user",
      recordId: user.id,
    });
    return { ok: true, email: user.email } as const;
  });
}
