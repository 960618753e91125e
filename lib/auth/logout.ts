import "server-only";
import { currentActor, type SessionLike } from "./actor";
import { revokeSession } from "./sessions";

/** Revokes the server-side session behind a verified session cookie; nothing happens for an invalid one. */
export async function endCurrentSession(session: SessionLike): Promise<void> {
  const actor = await currentActor(session);
  const sessionId = session?.user?.sessionId;
  if (actor && sessionId) await revokeSession(actor.userId, sessionId);
}
