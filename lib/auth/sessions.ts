import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { db } from "@/db";
import { userSessions } from "@/db/schema";

/**
 * Server-side login sessions (table user_sessions): created at login, named by the session cookie, checked
 * on every call (lib/auth/actor.ts), revoked at logout. See docs/decisions/005.
 */
export async function startSession(userId: string, context: { ip: string | null; userAgent: string | null }): Promise<string> {
  const [row] = await db
    .insert(userSessions)
    .values({ userId, ip: context.ip, userAgent: context.userAgent?.slice(0, 300) ?? null })
    .returning({ id: userSessions.id });
  if (!row) throw new Error("session insert returned nothing");
  return row.id;
}

/** Ends one session (logout). Only the user's own session: the id comes from their verified cookie. */
export async function revokeSession(userId: string, sessionId: string, now = new Date()): Promise<void> {
  await db
    .update(userSessions)
    .set({ revokedAt: now })
    .where(and(eq(userSessions.id, sessionId), eq(userSessions.userId, userId), isNull(userSessions.revokedAt)));
}
