import "server-only";
import { desc, eq } from "drizzle-orm";
import { db } from "@/db";
import { erasureRequests } from "@/db/schema";
import { requirePatient, type SessionLike } from "@/lib/auth/actor";
import { audit } from "./audit";

/**
 * A patient's own requests for erasure (portal → Mijn gegevens, decision 024): recorded and audited; staff
 * answer them in the workspace. Only the logged-in patient, only their own requests.
 */
export type OwnErasureRequest = { id: string; createdAt: Date; message: string; status: "open" | "answered"; answeredAt: Date | null; answerNote: string; accountClosed: boolean };

export async function listOwnErasureRequests(session: SessionLike): Promise<OwnErasureRequest[]> {
  const actor = await requirePatient(session);
  const rows = await db.select().from(erasureRequests).where(eq(erasureRequests.patientId, actor.patientId)).orderBy(desc(erasureRequests.createdAt)).limit(20);
  return rows.map(({ id, createdAt, message, status, answeredAt, answerNote, accountClosed }) => ({ id, createdAt, message, status, answeredAt, answerNote, accountClosed }));
}

export async function requestOwnErasure(session: SessionLike, message: string): Promise<void> {
  const actor = await requirePatient(session);
  await db.transaction(async (tx) => {
    const [row] = await tx.insert(erasureRequests).values({ patientId: actor.patientId, message }).returning({ id: erasureRequests.id });
    await audit(tx, actor, { action: "erasure.requested", patientId: actor.patientId, recordType: "erasure_request", recordId: row!.id });
  });
}
