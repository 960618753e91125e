import "server-only";
import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import { db } from "@/db";
import { erasureRequests, patients, userSessions, users } from "@/db/schema";
import { requireStaff, type SessionLike } from "@/lib/auth/actor";
import { erasureAnswerEmail } from "@/lib/mail/erasure-emails";
import { enqueueEmail } from "@/lib/mail/outbox";
import { audit } from "../audit";
import { isUuid } from "../patient-scope";
import { findPatient } from "./patient-ref";

/**
 * Requests for erasure as staff see and answer them (decision 024). The answer is the law's: the medical
 * record stays for its term (WGBO), explained to the patient in plain Dutch by e-mail and in the portal; the
 * portal account can be closed (sessions ended, login refused), the record stays. Any staff member; audited.
 */
export type OpenErasureRequest = { id: string; patientId: string; patientName: string; createdAt: Date };
export type ErasureRequestView = OpenErasureRequest & { message: string; status: "open" | "answered"; answeredAt: Date | null; answerNote: string; accountClosed: boolean };

export async function listOpenErasureRequests(session: SessionLike): Promise<OpenErasureRequest[]> {
  await requireStaff(session);
  return db
    .select({ id: erasureRequests.id, patientId: erasureRequests.patientId, patientName: patients.fullName, createdAt: erasureRequests.createdAt })
    .from(erasureRequests)
    .innerJoin(patients, eq(patients.id, erasureRequests.patientId))
    .where(eq(erasureRequests.status, "open"))
    .orderBy(asc(erasureRequests.createdAt))
    .limit(100);
}

export async function getPatientErasureRequests(session: SessionLike, patientId: string): Promise<{ patient: { id: string; name: string }; requests: ErasureRequestView[]; accountClosed: boolean } | null> {
  const actor = await requireStaff(session);
  return db.transaction(async (tx) => {
    const patient = await findPatient(tx, patientId);
    if (!patient) return null;
    const requests = await tx
      .select({
        id: erasureRequests.id,
        patientId: erasureRequests.patientId,
        patientName: sql<string>`${patient.name}`,
        createdAt: erasureRequests.createdAt,
        message: erasureRequests.message,
        status: erasureRequests.status,
        answeredAt: erasureRequests.answeredAt,
        answerNote: erasureRequests.answerNote,
        accountClosed: erasureRequests.accountClosed,
      })
      .from(erasureRequests)
      .where(eq(erasureRequests.patientId, patient.id))
      .orderBy(desc(erasureRequests.createdAt));
    const [account] = await tx.select({ deactivatedAt: users.deactivatedAt }).from(users).innerJoin(patients, eq(patients.userId, users.id)).where(eq(patients.id, patient.id));
    await audit(tx, actor, { action: "erasure.viewed", patientId: patient.id, recordType: "patient", recordId: patient.id });
    return { patient, requests, accountClosed: account?.deactivatedAt != null };
  });
}

export type ErasureAnswer = { ok: true; patientId: string } | { ok: false; reason: "not_found" | "answered" };

export async function answerErasureRequest(session: SessionLike, requestId: string, input: { note: string; closeAccount: boolean }, now = new Date()): Promise<ErasureAnswer> {
  const actor = await requireStaff(session);
  if (!isUuid(requestId)) return { ok: false, reason: "not_found" };
  return db.transaction(async (tx) => {
    const [request] = await tx.select().from(erasureRequests).where(eq(erasureRequests.id, requestId)).for("update");
    if (!request) return { ok: false, reason: "not_found" } as const;
    if (request.status !== "open") return { ok: false, reason: "answered" } as const;
    const [who] = await tx
      .select({ userId: users.id, email: users.email, name: patients.fullName })
      .from(patients)
      .innerJoin(users, eq(users.id, patients.userId))
      .where(eq(patients.id, request.patientId));
    await tx
      .update(erasureRequests)
      .set({ status: "answered", answeredBy: actor.userId, answeredAt: now, answerNote: input.note, accountClosed: input.closeAccount })
      .where(eq(erasureRequests.id, request.id));
    if (input.closeAccount) {
      await tx.update(users).set({ deactivatedAt: now, sessionVersion: sql`${users.sessionVersion} + 1` }).where(and(eq(users.id, who!.userId), isNull(users.deactivatedAt)));
      await tx.update(userSessions).set({ revokedAt: now }).where(and(eq(userSessions.userId, who!.userId), isNull(userSessions.revokedAt)));
    }
    await enqueueEmail(tx, erasureAnswerEmail({ to: who!.email, name: who!.name, note: input.note, accountClosed: input.closeAccount }));
    await audit(tx, actor, {
      action: input.closeAccount ? "erasure.account_closed" : "erasure.answered",
      patientId: request.patientId,
      recordType: "erasure_request",
      recordId: request.id,
      details: { recordKept: true, accountClosed: input.closeAccount },
    });
    return { ok: true, patientId: request.patientId } as const;
  });
}
