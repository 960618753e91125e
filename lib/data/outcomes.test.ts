import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { outcomeMeasures } from "@/db/schema";
import { clinicalPatient as fenna } from "@/e2e/support/workspace";
import { seedClinical, staffSessions } from "@/tests/clinical-support";
import { db, withTestDatabase } from "@/tests/test-database";
import { getOutcomes, recordOutcomes } from "./outcomes";

/** Issue 17, point 3: PSK and NPRS by the patient or the therapist, due by the plan, append-only. */
withTestDatabase();

let sessions: Awaited<ReturnType<typeof staffSessions>>;
const psk = [
  { activity: "Sprinten op de training", score: 8 },
  { activity: "Lang zitten in de collegezaal", score: 5 },
  { activity: "Fietsen naar school", score: 2 },
];

beforeAll(async () => {
  await seedClinical();
  sessions = await staffSessions();
});

describe("PSK and NPRS", () => {
  it("is due at the start; the therapist records it in the room, the patient later in the portal", async () => {
    expect((await getOutcomes(sessions.fenna))?.due).toBe("intake");
    expect(await recordOutcomes(sessions.sanne, fenna.patientId, { psk, nprs: 6 })).toEqual({ ok: true });
    expect(await recordOutcomes(sessions.fenna, undefined, { psk: psk.map((p) => ({ ...p, score: p.score - 2 })), nprs: 4 })).toEqual({ ok: true });
    const view = await getOutcomes(sessions.joris, fenna.patientId);
    expect(view?.psk.map((p) => [p.value, p.moment, p.byPatient])).toEqual([
      [5, "intake", false],
      [3, "check", true],
    ]);
    expect(view?.nprs.map((p) => p.value)).toEqual([6, 4]);
    expect(view?.latest.psk?.value).toBe(3);
    expect(view?.due).toBeNull();
  });

  it("keeps each measure: no update or delete", async () => {
    await expect(db.update(outcomeMeasures).set({ value: 0 }).where(eq(outcomeMeasures.patientId, fenna.patientId))).rejects.toThrow();
    await expect(db.delete(outcomeMeasures).where(eq(outcomeMeasures.patientId, fenna.patientId))).rejects.toThrow();
  });

  it("never lets a patient read or write another patient's measures", async () => {
    expect(await getOutcomes(sessions.fenna, "00000000-0000-4000-8000-000000000000")).toBeNull();
    expect(await recordOutcomes(sessions.fenna, "00000000-0000-4000-8000-000000000000", { psk, nprs: 1 })).toEqual({ ok: false });
  });
});
