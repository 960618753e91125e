import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvents, users } from "@/db/schema";
import { ForbiddenError } from "@/lib/auth/actor";
import { readOwnAccessLog } from "@/lib/data/access-log";
import { patientByEmail, seedPractice, sessionForEmail } from "@/tests/booking-support";
import { db, withTestDatabase } from "@/tests/test-database";
import { exportAuditLogCsv } from "./audit-export";
import { readAuditLog } from "./audit-log";

/**
 * Issue 17, point 8: the audit log reads as sentences with names, repeated views within minutes are one line
 * with a count (the rows stay), it filters by kind, downloads as CSV for the privacy officer, and the patient
 * reads the same events about their own record in the portal.
 */
withTestDatabase();

type Session = Awaited<ReturnType<typeof sessionForEmail>>;
let admin: Session;
let sanne: Session;
let lotteSession: Session;
let ids: { sanne: string; lotte: string; lotteUser: string };

async function event(actor: string | null, role: string, action: string, patientId: string | null, at: string) {
  await db.insert(auditEvents).values({ actorUserId: actor, actorRole: role, action, patientId, recordType: "plan", recordId: "0b5c2b9e-5f7e-4a55-b2c5-1f0b1f6a3e11", occurredAt: new Date(at) });
}

beforeAll(async () => {
  await seedPractice();
  admin = await sessionForEmail("admin@keten.test");
  sanne = await sessionForEmail("sanne@keten.test");
  lotteSession = await sessionForEmail("patient@keten.test");
  const lotte = (await patientByEmail("patient@keten.test"))!;
  const [s] = await db.select({ id: users.id }).from(users).where(eq(users.email, "sanne@keten.test"));
  ids = { sanne: s!.id, lotte: lotte.id, lotteUser: lotte.userId };
  // Sanne opens Lotte's plan three times in six minutes, then records a change; Lotte logs a session herself.
  await event(ids.sanne, "therapist", "read_plan", ids.lotte, "2026-03-02T09:00:00Z");
  await event(ids.sanne, "therapist", "read_plan", ids.lotte, "2026-03-02T09:03:00Z");
  await event(ids.sanne, "therapist", "read_plan", ids.lotte, "2026-03-02T09:06:00Z");
  await event(ids.sanne, "therapist", "plan.phase_advanced", ids.lotte, "2026-03-02T09:08:00Z");
  await event(ids.lotteUser, "patient", "exercise_log.created", ids.lotte, "2026-03-03T18:00:00Z");
});

describe("a readable audit log", () => {
  it("shows each event as a Dutch sentence with names, and repeated views as one line with a count", async () => {
    const view = await readAuditLog(admin, { patientId: ids.lotte });
    expect(view.entries).toHaveLength(5);
    const sentences = view.lines.map((l) => [l.entry.sentence, l.count]);
    expect(sentences).toEqual([
      ["Lotte Visser legde een oefensessie vast", 1],
      ["Sanne de Vries zette het oefenplan van L. Visser door naar de volgende fase", 1],
      ["Sanne de Vries opende het oefenplan van L. Visser", 3],
    ]);
    // The rows themselves stay: three read_plan events are still in the table.
    const rows = await db.select({ id: auditEvents.id }).from(auditEvents).where(eq(auditEvents.action, "read_plan"));
    expect(rows).toHaveLength(3);
  });

  it("filters by kind", async () => {
    const views = await readAuditLog(admin, { patientId: ids.lotte, kind: "inzage" });
    expect(new Set(views.entries.map((e) => e.action))).toEqual(new Set(["read_plan"]));
    const changes = await readAuditLog(admin, { patientId: ids.lotte, kind: "wijziging" });
    expect(changes.entries.map((e) => e.action).sort()).toEqual(["exercise_log.created", "plan.phase_advanced"]);
  });

  it("downloads as CSV with every row, names and labels, for admins only, and logs the download", async () => {
    const { csv, rows } = await exportAuditLogCsv(admin, { patientId: ids.lotte });
    expect(rows).toBe(5);
    const lines = csv.replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toBe("Tijd;Wie;Rol;Gebeurtenis;Actiecode;Patiënt;Gegevens;Record-id;IP-adres");
    expect(lines.filter((l) => l.includes("opende het oefenplan van L. Visser"))).toHaveLength(3);
    expect(lines[1]).toMatch(/^2026-03-03 19:00:00;Lotte Visser;patiënt;/);
    await expect(exportAuditLogCsv(sanne, {})).rejects.toBeInstanceOf(ForbiddenError);
    const [logged] = await db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.action, "audit.exported"));
    expect(logged).toBeDefined();
  });

  it("lets the patient read who opened their record, without their own actions", async () => {
    const lines = await readOwnAccessLog(lotteSession);
    expect(lines.map((l) => [l.sentence, l.count])).toEqual([
      ["Sanne de Vries zette jouw oefenplan door naar de volgende fase", 1],
      ["Sanne de Vries opende jouw oefenplan", 3],
    ]);
    await expect(readOwnAccessLog(sanne)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
