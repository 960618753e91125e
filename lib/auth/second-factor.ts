import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { db } from "@/db";
import { recoveryCodes, userSessions, users } from "@/db/schema";
import { audit } from "@/lib/data/audit";
import { clientIp } from "@/lib/request";
import { requireSignedIn, type Actor, type SessionLike } from "./actor";
import { SECOND_FACTOR_LIMITS } from "./policy";
import { checkRateLimit, recordRateLimitHit } from "./rate-limit";
import {
  decryptTotpSecret,
  encryptTotpSecret,
  hashRecoveryCode,
  newRecoveryCodes,
  newTotpSecret,
  normaliseRecoveryCode,
  normaliseTotpCode,
  sameHash,
  totpQrSvg,
  totpUri,
  verifyTotp,
} from "./totp";

/**
 * Two-factor login (TOTP with recovery codes). Staff must set it up before the workspace opens; patients
 * may. The second factor is a property of the server-side session (user_sessions.second_factor_at), checked
 * by lib/auth/actor.ts on every call. Wrong codes count per session (the session ends after a few) and per
 * account in PostgreSQL (so logging in again does not buy more guesses). See docs/decisions/009.
 */

export type Enrolment = { secret: string; uri: string; qrSvg: string; email: string };

/** The secret to enrol, created once and kept (encrypted) until confirmed, so reloading shows the same QR. */
export async function beginEnrolment(session: SessionLike): Promise<Enrolment | null> {
  const actor = await requireSignedIn(session);
  const [user] = await db.select({ secret: users.totpSecret, enabledAt: users.totpEnabledAt }).from(users).where(eq(users.id, actor.userId));
  if (!user || user.enabledAt) return null;
  let secret: string | null = null;
  if (user.secret) {
    try {
      secret = decryptTotpSecret(user.secret);
    } catch {
      secret = null; // encrypted under another AUTH_SECRET: start over
    }
  }
  if (!secret) {
    secret = newTotpSecret();
    await db.update(users).set({ totpSecret: encryptTotpSecret(secret) }).where(and(eq(users.id, actor.userId), isNull(users.totpEnabledAt)));
  }
  const uri = totpUri(secret, actor.email);
  return { secret, uri, qrSvg: await totpQrSvg(uri), email: actor.email };
}

/**
 * `unavailable`: the stored secret cannot be decrypted with this server's AUTH_SECRET (changed, or the data
 * was seeded under another one). A configuration error, not the user's: logged for the administrator, told
 * to the user as such, and never counted toward the lockout (issue 12, point 7).
 */
export type CodeOutcome = { ok: true } | { ok: false; reason: "invalid" | "wrong" | "locked" | "ended" | "unavailable" };
export type EnrolOutcome = { ok: true; recoveryCodes: string[] } | { ok: false; reason: "invalid" | "wrong" | "locked" | "ended" | "already" | "unavailable" };

function reportUndecryptableSecret(userId: string): void {
  console.error(
    `Configuration error: the two-factor secret of user ${userId} cannot be decrypted with this server's AUTH_SECRET ` +
      "(it was stored under another one). Two-step login is unavailable for this account until the AUTH_SECRET the data was made with is restored, or its two-factor login is reset.",
  );
}

async function countFailure(actor: Actor, sessionId: string, now: Date, ip: string | null): Promise<"wrong" | "ended"> {
  await recordRateLimitHit("second_factor", [{ key: actor.userId, ...SECOND_FACTOR_LIMITS.perAccount }], now);
  const [row] = await db
    .update(userSessions)
    .set({ secondFactorFailures: sql`${userSessions.secondFactorFailures} + 1` })
    .where(eq(userSessions.id, sessionId))
    .returning({ failures: userSessions.secondFactorFailures });
  const ended = (row?.failures ?? 0) >= SECOND_FACTOR_LIMITS.perSession;
  await db.transaction(async (tx) => {
    if (ended) await tx.update(userSessions).set({ revokedAt: now }).where(eq(userSessions.id, sessionId));
    await audit(tx, actor, { action: "auth.second_factor_failed", ip, details: { sessionEnded: ended } });
  });
  return ended ? "ended" : "wrong";
}

function sessionIdOf(session: SessionLike): string {
  const id = session?.user?.sessionId;
  if (!id) throw new Error("no session id");
  return id;
}

/** Confirms enrolment with a first code: turns two-factor login on and returns ten recovery codes (shown once). */
export async function confirmEnrolment(session: SessionLike, code: string, now = new Date()): Promise<EnrolOutcome> {
  const actor = await requireSignedIn(session);
  if (actor.twoFactorEnabled) return { ok: false, reason: "already" };
  if (!normaliseTotpCode(code)) return { ok: false, reason: "invalid" };
  const sessionId = sessionIdOf(session);
  const ip = await clientIp();
  if (!(await checkRateLimit("second_factor", [{ key: actor.userId, ...SECOND_FACTOR_LIMITS.perAccount }], now)).allowed) return { ok: false, reason: "locked" };
  const [user] = await db.select({ secret: users.totpSecret }).from(users).where(eq(users.id, actor.userId));
  let secret: string | null = null;
  try {
    secret = user?.secret ? decryptTotpSecret(user.secret) : null;
  } catch {
    reportUndecryptableSecret(actor.userId);
    return { ok: false, reason: "unavailable" };
  }
  const step = secret ? await verifyTotp(secret, code, null, now.getTime()) : null;
  if (step === null) return { ok: false, reason: await countFailure(actor, sessionId, now, ip) };
  const codes = newRecoveryCodes();
  const done = await db.transaction(async (tx) => {
    const updated = await tx
      .update(users)
      .set({ totpEnabledAt: now, totpLastStep: step })
      .where(and(eq(users.id, actor.userId), isNull(users.totpEnabledAt)))
      .returning({ id: users.id });
    if (updated.length === 0) return false;
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, actor.userId));
    await tx.insert(recoveryCodes).values(codes.map((c) => ({ userId: actor.userId, codeHash: hashRecoveryCode(c), createdAt: now })));
    await tx.update(userSessions).set({ secondFactorAt: now }).where(eq(userSessions.id, sessionId));
    await audit(tx, actor, { action: "auth.second_factor_enabled", ip });
    return true;
  });
  return done ? { ok: true, recoveryCodes: codes } : { ok: false, reason: "already" };
}

/** Checks the code (TOTP or a recovery code) of a session waiting for its second factor. */
export async function verifySecondFactor(session: SessionLike, input: string, now = new Date()): Promise<CodeOutcome> {
  const actor = await requireSignedIn(session);
  if (actor.secondFactorVerified) return { ok: true };
  const totpCode = normaliseTotpCode(input);
  const recoveryCode = totpCode ? null : normaliseRecoveryCode(input);
  if (!totpCode && !recoveryCode) return { ok: false, reason: "invalid" };
  const sessionId = sessionIdOf(session);
  const ip = await clientIp();
  if (!(await checkRateLimit("second_factor", [{ key: actor.userId, ...SECOND_FACTOR_LIMITS.perAccount }], now)).allowed) return { ok: false, reason: "locked" };

  const accepted = await db.transaction(async (tx): Promise<boolean | "unavailable"> => {
    // One verification per account at a time: a code can be used once, even by two requests at once.
    const [user] = await tx
      .select({ secret: users.totpSecret, enabledAt: users.totpEnabledAt, lastStep: users.totpLastStep })
      .from(users)
      .where(eq(users.id, actor.userId))
      .for("update");
    if (!user?.enabledAt || !user.secret) return false;
    if (totpCode) {
      let secret: string;
      try {
        secret = decryptTotpSecret(user.secret);
      } catch {
        return "unavailable";
      }
      const step = await verifyTotp(secret, totpCode, user.lastStep, now.getTime());
      if (step === null) return false;
      await tx.update(users).set({ totpLastStep: step }).where(eq(users.id, actor.userId));
      await audit(tx, actor, { action: "auth.second_factor_verified", ip, details: { method: "totp" } });
    } else {
      const hash = hashRecoveryCode(recoveryCode!);
      const unused = await tx
        .select({ id: recoveryCodes.id, codeHash: recoveryCodes.codeHash })
        .from(recoveryCodes)
        .where(and(eq(recoveryCodes.userId, actor.userId), isNull(recoveryCodes.usedAt)));
      const match = unused.find((row) => sameHash(row.codeHash, hash));
      if (!match) return false;
      await tx.update(recoveryCodes).set({ usedAt: now }).where(eq(recoveryCodes.id, match.id));
      await audit(tx, actor, { action: "auth.second_factor_verified", ip, details: { method: "recovery_code", remaining: unused.length - 1 } });
    }
    await tx.update(userSessions).set({ secondFactorAt: now }).where(and(eq(userSessions.id, sessionId), isNull(userSessions.revokedAt)));
    return true;
  });
  if (accepted === "unavailable") {
    reportUndecryptableSecret(actor.userId);
    return { ok: false, reason: "unavailable" };
  }
  if (accepted) return { ok: true };
  return { ok: false, reason: await countFailure(actor, sessionId, now, ip) };
}

/** How many unused recovery codes the actor has left (shown on the account page). */
export async function remainingRecoveryCodes(session: SessionLike): Promise<number> {
  const actor = await requireSignedIn(session);
  const rows = await db
    .select({ id: recoveryCodes.id })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, actor.userId), isNull(recoveryCodes.usedAt)));
  return rows.length;
}
