import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull } from "drizzle-orm";
import type { Executor } from "@/db";
import { userTokens } from "@/db/schema";
import { TOKEN_LIFETIME } from "./policy";

/**
 * One-time links (activation, password reset) and the appointment manage link share this: a random
 * token of 256 bits for the URL, and only its SHA-256 in the database, so a database leak yields no
 * usable link. SHA-256 (not argon2) is right here: the token is random, not a guessable password.
 */
export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export type TokenPurpose = "activation" | "password_reset";

/** Creates a one-time link token for a user; earlier unused tokens of the same purpose stop working. */
export async function issueUserToken(executor: Executor, userId: string, purpose: TokenPurpose, now = new Date()): Promise<string> {
  const { token, hash } = newToken();
  const lifetimeMs =
    purpose === "activation" ? TOKEN_LIFETIME.activationDays * 86_400_000 : TOKEN_LIFETIME.passwordResetHours * 3_600_000;
  await executor
    .update(userTokens)
    .set({ usedAt: now })
    .where(and(eq(userTokens.userId, userId), eq(userTokens.purpose, purpose), isNull(userTokens.usedAt)));
  await executor.insert(userTokens).values({ userId, purpose, tokenHash: hash, createdAt: now, expiresAt: new Date(now.getTime() + lifetimeMs) });
  return token;
}

/** The user a still-valid token belongs to, without using it up (to show the form). */
export async function peekUserToken(executor: Executor, token: string, purpose: TokenPurpose, now = new Date()): Promise<string | null> {
  const [row] = await executor
    .select({ userId: userTokens.userId })
    .from(userTokens)
    .where(and(eq(userTokens.tokenHash, hashToken(token)), eq(userTokens.purpose, purpose), isNull(userTokens.usedAt), gt(userTokens.expiresAt, now)))
    .limit(1);
  return row?.userId ?? null;
}

/**
 * Uses a token up and returns its user, or null when it is unknown, expired or already used. The update is
 * conditional, so of two simultaneous uses exactly one succeeds.
 */
export async function consumeUserToken(executor: Executor, token: string, purpose: TokenPurpose, now = new Date()): Promise<string | null> {
  const [row] = await executor
    .update(userTokens)
    .set({ usedAt: now })
    .where(and(eq(userTokens.tokenHash, hashToken(token)), eq(userTokens.purpose, purpose), isNull(userTokens.usedAt), gt(userTokens.expiresAt, now)))
    .returning({ userId: userTokens.userId });
  return row?.userId ?? null;
}
