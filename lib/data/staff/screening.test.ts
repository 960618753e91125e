import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { intakeScreenings, patientIdentifiers } from "@/db/schema";
import { clinicalPatient as fenna } from "@/e2e/support/workspace";
import { decryptBsn, isValidBsn } from "@/lib/security/bsn";
import { seedClinical, staffSessions } from "@/tests/clinical-support";
import { db, withTestDatabase } from "@/tests/test-database";
import { getPhaseOne, recordBsn, saveScreening, type ScreeningInput } from "./screening";

/** Issue 17, point 1: dossier phase 1 with the screening, amend-only and immutable in the database; the BSN encrypted and masked. */
withTestDatabase();

let sessions: Awaited<ReturnType<typeof staffSessions>>;
const none = { present: false, note: "" };
const input: ScreeningInput = {
  helpQuestion: "Ik wil weer hockeyen zonder bang te zijn dat het scheurt.",
  gpName: "Dr. M. Lammers",
  gpPractice: "Huisartsen De Linde",
  insurer: "Zilveren Kruis",
  access: "direct",
  referrerName: "",
  referralDate: null,
  determinants: { medication: none, surgery: none, cardiovascular: none, diabetes: none, cancer: none, weight_loss: none, night_pain: none, fever: none },
  outcome: null,
  outcomeNote: "",
  confirmed: false,
  amendmentReason: "",
};

beforeAll(async () => {
  await seedClinical();
  sessions = await staffSessions();
});

describe("intake phase 1 and the screening", () => {
  it("records 'gevraagd, niets aanwezig' explicitly, then the therapist confirms pluis at the first visit in a new version", async () => {
    expect(await saveScreening(sessions.joris, fenna.patientId, input)).toEqual({ ok: true, revision: 1 });
    expect(await saveScreening(sessions.sanne, fenna.patientId, { ...input, outcome: "pluis", confirmed: true })).toEqual({ ok: false, reason: "reason_required" });
    expect(await saveScreening(sessions.sanne, fenna.patientId, { ...input, outcome: "pluis", confirmed: true, amendmentReason: "Bevestigd bij het eerste bezoek." })).toEqual({ ok: true, revision: 2 });
    const view = await getPhaseOne(sessions.sanne, fenna.patientId);
    expect(view?.screening).toMatchObject({ revision: 2, nothingPresent: true, outcome: "pluis", confirmed: true, recordedByName: "Sanne de Vries" });
    expect(view?.revisions).toBe(2);
  });

  it("is immutable in the database", async () => {
    await expect(db.update(intakeScreenings).set({ outcome: "niet_pluis" }).where(eq(intakeScreenings.patientId, fenna.patientId))).rejects.toThrow();
    await expect(db.delete(intakeScreenings).where(eq(intakeScreenings.patientId, fenna.patientId))).rejects.toThrow();
    await expect(db.execute(sql`truncate intake_screenings`)).rejects.toThrow();
    const rows = await db.select({ outcome: intakeScreenings.outcome }).from(intakeScreenings).where(eq(intakeScreenings.patientId, fenna.patientId));
    expect(rows.map((r) => r.outcome).sort()).toEqual(["pluis", null].sort());
  });

  it("stores the BSN encrypted and shows it only masked, with the ID check", async () => {
    expect(isValidBsn("111222333")).toBe(true);
    expect(isValidBsn("123456789")).toBe(false);
    expect(await recordBsn(sessions.sanne, fenna.patientId, { bsn: "111222333", idDocument: "paspoort" })).toEqual({ ok: true });
    const [stored] = await db.select().from(patientIdentifiers).where(eq(patientIdentifiers.patientId, fenna.patientId));
    expect(stored!.bsnEncrypted).not.toContain("111222333");
    expect(decryptBsn(stored!.bsnEncrypted)).toBe("111222333");
    const view = await getPhaseOne(sessions.joris, fenna.patientId);
    expect(view?.bsn).toMatchObject({ masked: "••••••333", idDocument: "paspoort", checkedByName: "Sanne de Vries" });
    expect(JSON.stringify(view)).not.toContain("111222333");
  });

  it("is for staff only", async () => {
    await expect(getPhaseOne(sessions.fenna, fenna.patientId)).rejects.toThrow();
    await expect(recordBsn(sessions.fenna, fenna.patientId, { bsn: "111222333", idDocument: "paspoort" })).rejects.toThrow();
  });
});
