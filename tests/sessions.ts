import { eq } from "drizzle-orm";
import { db } from "@/db";
import { userSessions, users } from "@/db/schema";

/**
 * A session as Auth.js would hand it to our code after a login: a real server-side session row for the
 * user that passed its second factor (unless told otherwise), and the claims of the cookie (role and session version as they are now, unless overridden).
 */
export async function sessionFor(
  userId: string,
  options: { role?: string; sessionVersion?: number; createdAt?: Date; lastSeenAt?: Date; secondFactor?: boolean } = {},
): Promise<{ user: { id: string; role: string; sessionVersion: number; sessionId: string } }> {
  const [user] = await db.select({ role: users.role, sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, userId));
  if (!user) throw new Error(`sessionFor: no user ${userId}`);
  const now = new Date();
  const [row] = await db
    .insert(userSessions)
    .values({
      userId,
      createdAt: options.createdAt ?? now,
      lastSeenAt: options.lastSeenAt ?? options.createdAt ?? now,
      // Tests act as a user who finished logging in; pass `secondFactor: false` for one who did not.
      secondFactorAt: options.secondFactor === false ? null : (options.createdAt ?? now),
    })
    .returning({ id: userSessions.id });
  return {
    user: { id: userId, role: options.role ?? user.role, sessionVersion: options.sessionVersion ?? user.sessionVersion, sessionId: row!.id },
  };
}
