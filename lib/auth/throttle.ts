import "server-only";
import { and, count, eq, gt } from "drizzle-orm";
import { db } from "@/db";
import { loginAttempts } from "@/db/schema";
import { LOGIN_THROTTLE } from "./policy";

/**
 * Login throttling kept in PostgreSQL, so it holds however many app instances serve the login page.
 * Refusal does not depend on whether the account exists: it reveals nothing about which e-mails are known.
 */
export type ThrottleVerdict = { allowed: true } | { allowed: false; scope: "account" | "ip" };

export async function loginThrottle(email: string, ip: string | null, now = new Date()): Promise<ThrottleVerdict> {
  const since = new Date(now.getTime() - LOGIN_THROTTLE.windowMinutes * 60_000);
  const [account] = await db
    .select({ n: count() })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.email, email), eq(loginAttempts.succeeded, false), gt(loginAttempts.attemptedAt, since)));
  if ((account?.n ?? 0) >= LOGIN_THROTTLE.perAccount) return { allowed: false, scope: "account" };
  if (ip) {
    const [fromIp] = await db
      .select({ n: count() })
      .from(loginAttempts)
      .where(and(eq(loginAttempts.ip, ip), eq(loginAttempts.succeeded, false), gt(loginAttempts.attemptedAt, since)));
    if ((fromIp?.n ?? 0) >= LOGIN_THROTTLE.perIp) return { allowed: false, scope: "ip" };
  }
  return { allowed: true };
}

export async function recordLoginAttempt(email: string, ip: string | null, succeeded: boolean, now = new Date()): Promise<void> {
  await db.insert(loginAttempts).values({ email, ip, succeeded, attemptedAt: now });
}
