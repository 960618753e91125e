import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvents, users } from "@/db/schema";
import { ForbiddenError, SecondFactorRequiredError } from "@/lib/auth/actor";
import { sessionFor } from "@/tests/sessions";
import { parseAuditLogFilters } from "@/lib/validation/audit-log";
import { patientByEmail, seedPractice, sessionForEmail } from "@/tests/booking-support";
import { db, withTestDatabase } from "@/tests/test-database";
import { AUDIT_PAGE_SIZE, readAuditLog } from "./audit-log";

/**
 * The admin's audit log: events newest first with who, what and whose record, filtered by patient, staff
 * member and period, 50 a page; only admins can read it, and reading it is itself logged.
 */
withTestDatabase();

type Session = Awaited<ReturnType<typeof sessionForEmail>>;
let admin: Session;
let sanne: Session;
let ids: { sanne: string; joris: string; lotte: string; lotteUser: string; admin: string };

async function userId(email: string) {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return row!.id;
}

async function event(values: { actor: string | null; role: string; action: string; patientId?: string | null; at: string; recordType?: string; ip?: string }) {
  await db.insert(auditEvents).values({
    actorUserId: values.actor,
    actorRole: values.role,
    action: values.action,
    patientId: values.patientId ?? null,
    recordType: values.recordType ?? null,
    recordId: null,
    ip: values.ip ?? null,
    occurredAt: new Date(values.at),
  });
}

beforeAll(async () => {
  await seedPractice();
  admin = await sessionForEmail("admin@keten.test");
  sanne = await sessionForEmail("sanne@keten.test");
  const lotte = (await patientByEmail("patient@keten.test"))!;
  ids = { sanne: await userId("sanne@keten.test"), joris: await userId("joris@keten.test"), lotte: lotte.id, lotteUser: lotte.userId, admin: await userId("admin@keten.test") };
  await event({ actor: ids.sanne, role: "therapist", action: "intake.viewed", patientId: ids.lotte, recordType: "intake", at: "2026-03-02T09:00:00Z", ip: "10.1.2.3" });
  await event({ actor: ids.joris, role: "therapist", action: "read_plan", patientId: ids.lotte, recordType: "plan", at: "2026-03-10T09:00:00Z" });
  await event({ actor: ids.lotteUser, role: "patient", action: "export_own_data", patientId: ids.lotte, recordType: "patient", at: "2026-03-12T09:00:00Z" });
  await event({ actor: null, role: "anonymous", action: "appointment.booked", patientId: null, at: "2026-03-15T09:00:00Z" });
  // 60 more of Sanne's without a patient, later: the first page is all of these.
  for (let i = 0; i < 60; i++) {
    await event({ actor: ids.sanne, role: "therapist", action: "availability.block_added", recordType: "availability_rule", at: `2026-03-20T10:${String(i).padStart(2, "0")}:00Z` });
  }
});

describe("the audit log", () => {
  it("lists events newest first with actor, role, action in Dutch, patient, record and IP, 50 a page", async () => {
    const first = await readAuditLog(admin, {});
    expect(first.entries).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.entries[0]).toMatchObject({ action: "availability.block_added", actionLabel: "Werktijden toegevoegd", actor: { name: "Sanne de Vries", roleLabel: "fysiotherapeut" } });
    const ids1 = first.entries.map((e) => e.id);
    expect([...ids1].sort((a, b) => b - a)).toEqual(ids1);
    expect(first.olderBefore).not.toBeNull();

    const second = await readAuditLog(admin, { before: first.olderBefore! });
    expect(second.entries.at(-1)).toMatchObject({ actionLabel: "Intake ingezien", patient: { name: "Lotte Visser" }, record: { typeLabel: "intake" }, ip: "10.1.2.3" });
    expect(second.entries.find((e) => e.action === "appointment.booked")?.actor).toEqual({ name: null, role: "anonymous", roleLabel: "niet ingelogd" });
    expect(second.entries.find((e) => e.action === "export_own_data")?.actor.name).toBe("Lotte Visser");
    expect(second.olderBefore).toBeNull();
    expect(new Set([...ids1, ...second.entries.map((e) => e.id)]).size).toBe(ids1.length + second.entries.length);
  });

  it("filters by patient, by name or e-mail search, by staff member and by period", async () => {
    const byPatient = await readAuditLog(admin, { patientId: ids.lotte });
    expect(byPatient.patient).toEqual({ id: ids.lotte, name: "Lotte Visser" });
    expect(byPatient.entries.map((e) => e.action)).toEqual(["export_own_data", "read_plan", "intake.viewed"]);

    expect((await readAuditLog(admin, { patientQuery: "visser" })).entries).toHaveLength(3);
    expect((await readAuditLog(admin, { patientQuery: "PATIENT@keten" })).entries).toHaveLength(3);
    expect((await readAuditLog(admin, { patientQuery: "%" })).entries).toHaveLength(0);

    const byJoris = await readAuditLog(admin, { staffUserId: ids.joris });
    expect(byJoris.entries.map((e) => e.action)).toEqual(["read_plan"]);
    expect(byJoris.staff.map((s) => s.label)).toEqual(["admin@keten.test", "Joris Bakker (joris@keten.test)", "Sanne de Vries (sanne@keten.test)"]);

    const sanneOnLotte = await readAuditLog(admin, { staffUserId: ids.sanne, patientId: ids.lotte });
    expect(sanneOnLotte.entries.map((e) => e.action)).toEqual(["intake.viewed"]);

    // Period in Amsterdam dates, both ends inclusive.
    const period = await readAuditLog(admin, { fromDate: "2026-03-10", toDate: "2026-03-12" });
    expect(period.entries.map((e) => e.action)).toEqual(["export_own_data", "read_plan"]);
    expect(parseAuditLogFilters({ van: "2026-03-12", tot: "2026-03-10" }).errors.tot).toBe("De einddatum moet op of na de begindatum liggen.");
    expect(parseAuditLogFilters({ patient: "'; drop table audit_events; --", medewerker: "x", voor: "abc" }).filters).toEqual({});
  });

  it("is for admins only: a therapist or a patient is refused", async () => {
    await expect(readAuditLog(sanne, {})).rejects.toThrow(ForbiddenError);
    await expect(readAuditLog(await sessionForEmail("patient@keten.test"), { patientId: ids.lotte })).rejects.toThrow(ForbiddenError);
  });

  it("logs every viewing as an audit event with the filters used", async () => {
    const before = await db.select().from(auditEvents).where(eq(auditEvents.action, "audit.viewed"));
    const view = await readAuditLog(admin, { patientId: ids.lotte, fromDate: "2026-03-01" });
    expect(view.entries.some((e) => e.action === "audit.viewed")).toBe(false);
    const after = await db.select().from(auditEvents).where(and(eq(auditEvents.action, "audit.viewed"), eq(auditEvents.actorUserId, ids.admin)));
    expect(after).toHaveLength(before.length + 1);
    expect(after.at(-1)).toMatchObject({ actorRole: "admin", patientId: null, recordType: "audit_log" });
    expect(after.at(-1)?.details).toMatchObject({ filters: { patientId: ids.lotte, fromDate: "2026-03-01" } });
    // The next view shows the earlier viewing.
    const next = await readAuditLog(admin, { staffUserId: ids.admin, fromDate: "2026-01-01" });
    expect(next.entries[0]).toMatchObject({ actionLabel: "Inzagelog bekeken", actor: { name: "admin@keten.test", roleLabel: "beheerder" } });
  });
});

describe("the audit log needs the second factor", () => {
  it("refuses an admin session that has not passed two-factor login", async () => {
    const [admin] = await db.select({ id: users.id }).from(users).where(eq(users.role, "admin")).limit(1);
    const pending = await sessionFor(admin!.id, { secondFactor: false });
    await expect(readAuditLog(pending, {})).rejects.toBeInstanceOf(SecondFactorRequiredError);
  });
});
