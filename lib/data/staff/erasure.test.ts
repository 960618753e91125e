import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { assessments, outboxEmails, patients, users } from "@/db/schema";
import { clinicalPatient as fenna } from "@/e2e/support/workspace";
import { currentActor } from "@/lib/auth/actor";
import { authenticate } from "@/lib/auth/login";
import { hashPassword } from "@/lib/auth/password";
import { listOwnErasureRequests, requestOwnErasure } from "@/lib/data/erasure";
import { assessmentContent, auditActions, seedClinical, staffSessions } from "@/tests/clinical-support";
import { db, withTestDatabase } from "@/tests/test-database";
import { createAssessment } from "./assessments";
import { answerErasureRequest, getPatientErasureRequests, listOpenErasureRequests } from "./erasure";

/** Issue 17, point 9: an erasure request is recorded, staff answer it as the law says; the record stays. */
withTestDatabase();

let sessions: Awaited<ReturnType<typeof staffSessions>>;

beforeAll(async () => {
  await seedClinical();
  await db.update(users).set({ passwordHash: await hashPassword(fenna.password), activatedAt: new Date() }).where(eq(users.id, fenna.userId));
  sessions = await staffSessions();
});

describe("a request for erasure", () => {
  it("is recorded from the portal, shown to staff, and only the patient's own are listed to them", async () => {
    await requestOwnErasure(sessions.fenna, "Ik wil niet dat mijn gegevens nog bewaard worden.");
    const own = await listOwnErasureRequests(sessions.fenna);
    expect(own).toHaveLength(1);
    expect(own[0]).toMatchObject({ status: "open", message: "Ik wil niet dat mijn gegevens nog bewaard worden." });
    const open = await listOpenErasureRequests(sessions.joris);
    expect(open.map((r) => r.patientName)).toEqual([fenna.name]);
    expect(await auditActions()).toContain("erasure.requested");
  });

  it("is refused to anyone but staff, and a patient cannot read or answer them", async () => {
    await expect(listOpenErasureRequests(sessions.fenna)).rejects.toThrow();
    await expect(getPatientErasureRequests(sessions.fenna, fenna.patientId)).rejects.toThrow();
    const [request] = await listOpenErasureRequests(sessions.sanne);
    await expect(answerErasureRequest(sessions.fenna, request!.id, { note: "", closeAccount: true })).rejects.toThrow();
    await expect(listOwnErasureRequests(sessions.sanne)).rejects.toThrow();
  });

  it("is answered by keeping the record and closing the account: sessions end, login is refused, the record stays", async () => {
    expect(await createAssessment(sessions.sanne, fenna.patientId, { appointmentId: null, content: assessmentContent() })).toMatchObject({ ok: true });
    expect(await currentActor(sessions.fenna)).not.toBeNull();
    expect((await authenticate({ email: fenna.email, password: fenna.password, ip: null })).ok).toBe(true);
    const [request] = await listOpenErasureRequests(sessions.sanne);

    expect(await answerErasureRequest(sessions.sanne, request!.id, { note: "We bespraken het aan de telefoon.", closeAccount: true })).toEqual({ ok: true, patientId: fenna.patientId });
    expect(await answerErasureRequest(sessions.sanne, request!.id, { note: "", closeAccount: false })).toEqual({ ok: false, reason: "answered" });

    expect(await currentActor(sessions.fenna)).toBeNull();
    expect((await authenticate({ email: fenna.email, password: fenna.password, ip: null })).ok).toBe(false);
    expect(await db.$count(assessments, eq(assessments.patientId, fenna.patientId))).toBe(1);
    const [patient] = await db.select({ name: patients.fullName, purgedAt: patients.purgedAt }).from(patients).where(eq(patients.id, fenna.patientId));
    expect(patient).toEqual({ name: fenna.name, purgedAt: null });

    const [mail] = await db.select().from(outboxEmails).where(eq(outboxEmails.kind, "erasure.answer"));
    expect(mail!.toAddress).toBe(fenna.email);
    expect(mail!.textBody).toContain("20 jaar na de laatste wijziging");
    expect(mail!.textBody).toContain("artikel 7:455 BW");
    expect(mail!.textBody).toContain("Je portaalaccount hebben we gesloten");
    expect(mail!.textBody).toContain("We bespraken het aan de telefoon.");
    const view = await getPatientErasureRequests(sessions.joris, fenna.patientId);
    expect(view).toMatchObject({ accountClosed: true, requests: [{ status: "answered", accountClosed: true }] });
    expect(await listOpenErasureRequests(sessions.joris)).toEqual([]);
    expect(await auditActions()).toEqual(expect.arrayContaining(["erasure.account_closed", "erasure.viewed"]));
  });
});
