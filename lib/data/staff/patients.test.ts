import { and, eq, isNull } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { appointments, assessmentRevisions, assessments, auditEvents, intakes, patients, services, users } from "@/db/schema";
import { AuthRequiredError, ForbiddenError } from "@/lib/auth/actor";
import { instantAt } from "@/lib/time/zone";
import { patientByEmail, seedPractice, sessionForEmail, therapistId } from "@/tests/booking-support";
import { db, withTestDatabase } from "@/tests/test-database";
import { getPatientIntake, getPatientRecord, searchPatients } from "./patients";

withTestDatabase();

const now = new Date("2026-03-25T10:00:00Z");
let lotte: string;
let noor: string;
const NOOR_MARKER = "NOOR-ONLY";

async function addPatient(email: string, fullName: string, dateOfBirth: string): Promise<string> {
  const [user] = await db.insert(users).values({ email, role: "patient" }).returning({ id: users.id });
  const [row] = await db.insert(patients).values({ userId: user!.id, fullName, dateOfBirth }).returning({ id: patients.id });
  return row!.id;
}

beforeAll(async () => {
  await seedPractice();
  lotte = (await patientByEmail("patient@keten.test"))!.id;
  noor = await addPatient("noor@voorbeeld.test", "Noor de Boer", "1991-04-03");
  await addPatient("bram@voorbeeld.test", "Bram Boersma", "1985-11-30");
  await addPatient("procent@voorbeeld.test", "Piet 100% Zeker", "1970-01-01");

  const [service] = await db.select({ id: services.id }).from(services).where(eq(services.slug, "bewegingsketenanalyse"));
  const sanne = await therapistId("sanne-de-vries");
  const past = instantAt("2026-03-23", "09:00");
  const future = instantAt("2026-03-30", "09:00");
  const [pastAppointment] = await db
    .insert(appointments)
    .values({ therapistId: sanne, patientId: noor, serviceId: service!.id, startsAt: past, endsAt: new Date(past.getTime() + 3_600_000), status: "attended" })
    .returning({ id: appointments.id });
  await db.insert(appointments).values({ therapistId: sanne, patientId: noor, serviceId: service!.id, startsAt: future, endsAt: new Date(future.getTime() + 3_600_000) });
  await db.insert(intakes).values({
    patientId: noor,
    appointmentId: pastAppointment!.id,
    formVersion: 1,
    complaintLocation: "hamstring",
    complaintSide: "left",
    onset: "acute",
    painNow: 5,
    painWorst: 9,
    triageOutcome: "see_soon",
    redFlags: ["pop"],
    answers: { sport: NOOR_MARKER, pop: true },
    consentAt: now,
  });
  const [sanneUser] = await db.select({ id: users.id }).from(users).where(eq(users.email, "sanne@keten.test"));
  const [assessment] = await db.insert(assessments).values({ patientId: noor, createdBy: sanneUser!.id }).returning({ id: assessments.id });
  await db.insert(assessmentRevisions).values([
    { assessmentId: assessment!.id, revision: 1, authorId: sanneUser!.id, conclusion: NOOR_MARKER },
    { assessmentId: assessment!.id, revision: 2, authorId: sanneUser!.id, conclusion: NOOR_MARKER, amendmentReason: "Kracht opnieuw gemeten." },
  ]);
});

describe("searching patients", () => {
  const names = async (q: string) => (await searchPatients(await sessionForEmail("sanne@keten.test"), q)).patients.map((p) => p.name);

  it("finds by part of the name or e-mail in any case, every word counting", async () => {
    expect(await names("boer")).toEqual(["Bram Boersma", "Noor de Boer"]);
    expect(await names("NOOR")).toEqual(["Noor de Boer"]);
    expect(await names("noor boer")).toEqual(["Noor de Boer"]);
    expect(await names("voorbeeld.test")).toEqual(["Bram Boersma", "Noor de Boer", "Piet 100% Zeker"]);
    expect(await names("@keten.test")).toEqual(["Lotte Visser"]);
  });

  it("finds by date of birth typed the Dutch way, or as an ISO date", async () => {
    expect(await names("03-04-1991")).toEqual(["Noor de Boer"]);
    expect(await names("3-4-1991")).toEqual(["Noor de Boer"]);
    expect(await names("30/11/1985")).toEqual(["Bram Boersma"]);
    expect(await names("1994-05-12")).toEqual(["Lotte Visser"]);
  });

  it("treats % and _ as plain characters, and lists everyone (limited) without a query", async () => {
    expect(await names("100%")).toEqual(["Piet 100% Zeker"]);
    expect(await names("%")).toEqual(["Piet 100% Zeker"]);
    expect(await names("_")).toEqual([]);
    const all = await searchPatients(await sessionForEmail("sanne@keten.test"), "", 2);
    expect(all).toMatchObject({ total: 4, limit: 2 });
    expect(all.patients.map((p) => p.name)).toEqual(["Bram Boersma", "Lotte Visser"]);
  });

  it("writes one audit event per search with the query, naming no patient", async () => {
    await searchPatients(await sessionForEmail("admin@keten.test"), "  Visser ");
    const events = await db.select().from(auditEvents).where(and(eq(auditEvents.action, "patient.searched"), eq(auditEvents.actorRole, "admin")));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ patientId: null, details: { query: "Visser", results: 1 } });
    const named = await db.select().from(auditEvents).where(and(eq(auditEvents.action, "patient.searched"), isNull(auditEvents.patientId)));
    expect(named.length).toBeGreaterThan(1);
  });

  it("is closed to patients and visitors", async () => {
    await expect(searchPatients(await sessionForEmail("patient@keten.test"), "boer")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(searchPatients(null, "boer")).rejects.toBeInstanceOf(AuthRequiredError);
  });
});

describe("a patient's record", () => {
  it("shows the profile, intakes, appointments split by time, assessments with revisions, and no plan", async () => {
    const record = await getPatientRecord(await sessionForEmail("sanne@keten.test"), noor, now);
    expect(record!.profile).toMatchObject({ id: noor, name: "Noor de Boer", email: "noor@voorbeeld.test", dateOfBirth: "1991-04-03", portal: "not_activated" });
    expect(record!.intakes).toMatchObject([{ triageOutcome: "see_soon", redFlags: ["pop"], answers: { sport: NOOR_MARKER } }]);
    expect(record!.upcoming.map((a) => a.startsAt.toISOString())).toEqual(["2026-03-30T07:00:00.000Z"]);
    expect(record!.past).toMatchObject([{ status: "attended", serviceName: "Bewegingsketenanalyse", therapistName: "Sanne de Vries" }]);
    expect(record!.assessments).toMatchObject([{ authorName: "Sanne de Vries", revisions: 2 }]);
    expect(record!.plan).toBeNull();
  });

  it("shows the active plan with its current phase, and never mixes in another patient's data", async () => {
    const record = await getPatientRecord(await sessionForEmail("sanne@keten.test"), lotte, now);
    expect(record!.profile.name).toBe("Lotte Visser");
    expect(record!.plan).toMatchObject({ phaseCount: 4, currentPhase: { position: 2 } });
    expect(record!.intakes).toEqual([]);
    expect(record!.assessments).toEqual([]);
    const text = JSON.stringify(record);
    for (const needle of [noor, "Noor de Boer", "noor@voorbeeld.test", NOOR_MARKER]) expect(text).not.toContain(needle);
  });

  it("audits the look at the record and at each intake shown", async () => {
    const admin = await sessionForEmail("admin@keten.test");
    await getPatientRecord(admin, noor, now);
    const events = await db.select().from(auditEvents).where(and(eq(auditEvents.patientId, noor), eq(auditEvents.actorRole, "admin"))).orderBy(auditEvents.id);
    expect(events.map((e) => e.action)).toEqual(["patient.viewed", "intake.viewed"]);
    expect(events[0]).toMatchObject({ recordType: "patient", recordId: noor, details: { view: "patient_page", intakes: 1, appointments: 2, assessments: 1 } });
  });

  it("answers 'not found' for unknown or malformed ids, and is closed to patients", async () => {
    const session = await sessionForEmail("sanne@keten.test");
    expect(await getPatientRecord(session, "00000000-0000-4000-8000-000000000000", now)).toBeNull();
    expect(await getPatientRecord(session, "'; drop table patients; --", now)).toBeNull();
    await expect(getPatientRecord(await sessionForEmail("patient@keten.test"), lotte, now)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getPatientRecord(undefined, noor, now)).rejects.toBeInstanceOf(AuthRequiredError);
  });
});

describe("one intake", () => {
  it("is shown only under its own patient, and each look is audited", async () => {
    const session = await sessionForEmail("sanne@keten.test");
    const [row] = await db.select({ id: intakes.id }).from(intakes).where(eq(intakes.patientId, noor));
    const view = await getPatientIntake(session, noor, row!.id);
    expect(view).toMatchObject({ patient: { name: "Noor de Boer" }, intake: { id: row!.id, redFlags: ["pop"] } });
    expect(await getPatientIntake(session, lotte, row!.id)).toBeNull();
    expect(await getPatientIntake(session, noor, "x")).toBeNull();
    const events = await db.select().from(auditEvents).where(and(eq(auditEvents.recordId, row!.id), eq(auditEvents.action, "intake.viewed")));
    expect(events.filter((e) => (e.details as { view?: string }).view === "intake_page")).toHaveLength(1);
    await expect(getPatientIntake(await sessionForEmail("patient@keten.test"), noor, row!.id)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
