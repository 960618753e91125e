import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db, withTestDatabase } from "@/tests/test-database";
import { isExclusionViolation, isUniqueViolation, pgErrorCode } from "@/lib/data/db-errors";
import * as t from "./schema";

withTestDatabase();

let therapistA: string;
let therapistB: string;
let patientId: string;
let serviceId: string;

async function user(email: string, role: "patient" | "therapist") {
  const [row] = await db.insert(t.users).values({ email, role }).returning({ id: t.users.id });
  return row!.id;
}

beforeAll(async () => {
  const [a] = await db
    .insert(t.therapists)
    .values({ userId: await user("a@praktijk.test", "therapist"), slug: "a", displayName: "A", title: "Fysiotherapeut" })
    .returning({ id: t.therapists.id });
  const [b] = await db
    .insert(t.therapists)
    .values({ userId: await user("b@praktijk.test", "therapist"), slug: "b", displayName: "B", title: "Fysiotherapeut" })
    .returning({ id: t.therapists.id });
  const [p] = await db
    .insert(t.patients)
    .values({ userId: await user("p@voorbeeld.test", "patient"), fullName: "Pim", dateOfBirth: "1990-01-01" })
    .returning({ id: t.patients.id });
  const [s] = await db
    .insert(t.services)
    .values({ slug: "intake", kind: "intake", name: "Intake", minutes: 60 })
    .returning({ id: t.services.id });
  therapistA = a!.id;
  therapistB = b!.id;
  patientId = p!.id;
  serviceId = s!.id;
});

function book(therapistId: string, start: string, end: string) {
  return db
    .insert(t.appointments)
    .values({ therapistId, patientId, serviceId, startsAt: new Date(start), endsAt: new Date(end) })
    .returning({ id: t.appointments.id });
}

describe("no overlapping appointments for one therapist (enforced by PostgreSQL)", () => {
  it("refuses a second appointment that overlaps the first", async () => {
    await book(therapistA, "2026-03-30T08:00:00Z", "2026-03-30T09:00:00Z");
    const error = await book(therapistA, "2026-03-30T08:30:00Z", "2026-03-30T09:30:00Z").then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error, "the overlapping appointment was accepted").toBeDefined();
    expect(isExclusionViolation(error, "appointments_no_overlap")).toBe(true);
  });

  it("refuses an appointment inside another one, and one that covers it", async () => {
    await book(therapistA, "2026-03-31T08:00:00Z", "2026-03-31T10:00:00Z");
    await expect(book(therapistA, "2026-03-31T08:15:00Z", "2026-03-31T08:45:00Z")).rejects.toSatisfy((e) => isExclusionViolation(e));
    await expect(book(therapistA, "2026-03-31T07:00:00Z", "2026-03-31T11:00:00Z")).rejects.toSatisfy((e) => isExclusionViolation(e));
  });

  it("allows the same time for two different therapists", async () => {
    await book(therapistA, "2026-04-01T08:00:00Z", "2026-04-01T09:00:00Z");
    await expect(book(therapistB, "2026-04-01T08:00:00Z", "2026-04-01T09:00:00Z")).resolves.toHaveLength(1);
  });

  it("allows back-to-back appointments (the end is not part of the range)", async () => {
    await book(therapistA, "2026-04-02T08:00:00Z", "2026-04-02T09:00:00Z");
    await expect(book(therapistA, "2026-04-02T09:00:00Z", "2026-04-02T10:00:00Z")).resolves.toHaveLength(1);
  });

  it("frees the time when an appointment is cancelled, and refuses to revive it over a new one", async () => {
    const [first] = await book(therapistA, "2026-04-03T08:00:00Z", "2026-04-03T09:00:00Z");
    await db
      .update(t.appointments)
      .set({ status: "cancelled", cancelledAt: new Date() })
      .where(eq(t.appointments.id, first!.id));
    await expect(book(therapistA, "2026-04-03T08:00:00Z", "2026-04-03T09:00:00Z")).resolves.toHaveLength(1);

    const revive = db
      .update(t.appointments)
      .set({ status: "confirmed", cancelledAt: null })
      .where(eq(t.appointments.id, first!.id));
    await expect(revive).rejects.toSatisfy((e) => isExclusionViolation(e, "appointments_no_overlap"));
  });

  it("refuses an appointment that ends before it starts", async () => {
    // Refused by the range constructor (22000) before the check constraint (23514) gets to it.
    await expect(book(therapistB, "2026-04-04T09:00:00Z", "2026-04-04T08:00:00Z")).rejects.toSatisfy((e) =>
      ["22000", "23514"].includes(pgErrorCode(e) ?? ""),
    );
    const stored = await db.select({ id: t.appointments.id }).from(t.appointments).where(eq(t.appointments.therapistId, therapistB));
    expect(stored).toHaveLength(1); // only the one from "two different therapists"
  });
});

describe("other rules the database keeps", () => {
  it("keeps e-mail addresses unique regardless of case, and stored normalised", async () => {
    await expect(user("P@voorbeeld.test", "patient")).rejects.toSatisfy((e) => pgErrorCode(e) === "23514");
    await expect(
      db.execute(sql`insert into users (email, role) values (${"p@voorbeeld.test"}, 'patient')`),
    ).rejects.toSatisfy((e) => isUniqueViolation(e, "users_email_lower_key"));
  });

  it("refuses to change or delete audit events", async () => {
    const [event] = await db
      .insert(t.auditEvents)
      .values({ actorRole: "system", action: "test.append", patientId })
      .returning({ id: t.auditEvents.id });
    await expect(db.update(t.auditEvents).set({ action: "test.changed" }).where(eq(t.auditEvents.id, event!.id))).rejects.toThrow();
    await expect(db.delete(t.auditEvents).where(eq(t.auditEvents.id, event!.id))).rejects.toThrow();
    const [still] = await db.select({ action: t.auditEvents.action }).from(t.auditEvents).where(eq(t.auditEvents.id, event!.id));
    expect(still?.action).toBe("test.append");
  });

  it("keeps assessment revisions amend-only", async () => {
    const [authorRow] = await db.select({ id: t.users.id }).from(t.users).where(eq(t.users.email, "a@praktijk.test"));
    const [assessment] = await db
      .insert(t.assessments)
      .values({ patientId, createdBy: authorRow!.id })
      .returning({ id: t.assessments.id });
    const [revision] = await db
      .insert(t.assessmentRevisions)
      .values({ assessmentId: assessment!.id, revision: 1, authorId: authorRow!.id, conclusion: "Heupen beperkt" })
      .returning({ id: t.assessmentRevisions.id });
    await expect(
      db.update(t.assessmentRevisions).set({ conclusion: "overschreven" }).where(eq(t.assessmentRevisions.id, revision!.id)),
    ).rejects.toThrow();
    await expect(db.delete(t.assessments).where(eq(t.assessments.id, assessment!.id))).rejects.toThrow();
    await expect(
      db.insert(t.assessmentRevisions).values({ assessmentId: assessment!.id, revision: 2, authorId: authorRow!.id, conclusion: "Aanvulling" }),
    ).resolves.toBeDefined();
  });

  it("refuses to move an assessment to another patient or change who made it (issue 12, point 4)", async () => {
    const [authorRow] = await db.select({ id: t.users.id }).from(t.users).where(eq(t.users.email, "a@praktijk.test"));
    const [other] = await db.insert(t.users).values({ email: "ander@voorbeeld.test", role: "patient" }).returning({ id: t.users.id });
    const [otherPatient] = await db.insert(t.patients).values({ userId: other!.id, fullName: "Andere Patiënt", dateOfBirth: "1985-06-01" }).returning({ id: t.patients.id });
    const [assessment] = await db.insert(t.assessments).values({ patientId, createdBy: authorRow!.id }).returning({ id: t.assessments.id });
    const refused = (e: unknown) => pgErrorCode(e) === "42501";
    await expect(db.execute(sql`update assessments set patient_id = ${otherPatient!.id} where id = ${assessment!.id}`)).rejects.toSatisfy(refused);
    await expect(db.execute(sql`update assessments set created_at = now() - interval '1 year' where id = ${assessment!.id}`)).rejects.toSatisfy(refused);
    await expect(db.execute(sql`update assessments set created_by = created_by where id = ${assessment!.id}`)).rejects.toSatisfy(refused);
    await expect(db.execute(sql`truncate assessments cascade`)).rejects.toSatisfy(refused);
    const [still] = await db.select({ patientId: t.assessments.patientId }).from(t.assessments).where(eq(t.assessments.id, assessment!.id));
    expect(still?.patientId).toBe(patientId);
  });

  it("still lets PostgreSQL unlink a deleted appointment from its assessment (the foreign key's SET NULL)", async () => {
    const [authorRow] = await db.select({ id: t.users.id }).from(t.users).where(eq(t.users.email, "a@praktijk.test"));
    const [appointment] = await book(therapistA, "2031-04-01T08:00:00Z", "2031-04-01T09:00:00Z");
    const [assessment] = await db.insert(t.assessments).values({ patientId, createdBy: authorRow!.id, appointmentId: appointment!.id }).returning({ id: t.assessments.id });
    await db.delete(t.appointments).where(eq(t.appointments.id, appointment!.id));
    const [row] = await db.select({ appointmentId: t.assessments.appointmentId, patientId: t.assessments.patientId }).from(t.assessments).where(eq(t.assessments.id, assessment!.id));
    expect(row).toEqual({ appointmentId: null, patientId });
  });
});
