import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { appointments, auditEvents, outboxEmails, users } from "@/db/schema";
import { ForbiddenError, AuthRequiredError } from "@/lib/auth/actor";
import { hashToken } from "@/lib/auth/tokens";
import { instantAt } from "@/lib/time/zone";
import { patientByEmail, seedPractice, sessionForEmail, therapistId } from "@/tests/booking-support";
import { db, withTestDatabase } from "@/tests/test-database";
import { bookFollowUp, findFollowUpSlots, getFollowUpContext } from "./follow-up";

withTestDatabase();

// Wednesday before the spring clock change; the follow-ups are for the Monday after it.
const now = new Date("2026-03-25T09:00:00Z");
const monday = (time: string) => instantAt("2026-03-30", time);
let lotte: string;

beforeAll(async () => {
  await seedPractice();
  lotte = (await patientByEmail("patient@keten.test"))!.id;
});

const request = (overrides: Partial<Parameters<typeof bookFollowUp>[1]> = {}) => ({
  patientId: lotte,
  serviceSlug: "vervolgbehandeling",
  therapistSlug: "sanne-de-vries",
  startsAt: monday("09:00"),
  idempotencyKey: "staff-follow-up-key-0001",
  ...overrides,
});

const appointmentsOf = (patientId: string) => db.select().from(appointments).where(eq(appointments.patientId, patientId));

describe("planning a follow-up as staff", () => {
  it("offers the follow-up service and the therapist themselves by default, and audits the look at the patient", async () => {
    const context = await getFollowUpContext(await sessionForEmail("sanne@keten.test"), lotte);
    expect(context).toMatchObject({ patient: { id: lotte, name: "Lotte Visser" }, defaultServiceSlug: "vervolgbehandeling", defaultTherapistSlug: "sanne-de-vries" });
    const admin = await getFollowUpContext(await sessionForEmail("admin@keten.test"), lotte);
    expect(admin?.defaultTherapistSlug).toBeTruthy();
    expect(await getFollowUpContext(await sessionForEmail("sanne@keten.test"), "00000000-0000-4000-8000-000000000000")).toBeNull();
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.action, "patient.viewed"));
    expect(event).toMatchObject({ patientId: lotte, actorRole: "therapist", details: { view: "follow_up_planning" } });
  });

  it("offers the free times of the public slot engine", async () => {
    const search = await findFollowUpSlots(await sessionForEmail("sanne@keten.test"), { serviceSlug: "vervolgbehandeling", therapistSlug: "sanne-de-vries", fromDate: "2026-03-30" }, now);
    expect(search!.slots[0]!.start).toBe(monday("08:30").getTime());
  });

  it("books a confirmed appointment, queues the confirmation with invite and manage link, and audits it", async () => {
    const session = await sessionForEmail("sanne@keten.test");
    const outcome = await bookFollowUp(session, request(), now);
    expect(outcome).toMatchObject({ status: "booked", duplicate: false, therapistSlug: "sanne-de-vries" });
    const [appointment] = await appointmentsOf(lotte);
    expect(appointment).toMatchObject({ status: "confirmed", therapistId: await therapistId("sanne-de-vries"), idempotencyKey: hashToken("staff-follow-up-key-0001") });
    expect(appointment!.endsAt.toISOString()).toBe("2026-03-30T07:30:00.000Z");
    const [sanneUser] = await db.select({ id: users.id }).from(users).where(eq(users.email, "sanne@keten.test"));
    expect(appointment!.bookedByUserId).toBe(sanneUser!.id);

    const [mail] = await db.select().from(outboxEmails).where(eq(outboxEmails.toAddress, "patient@keten.test"));
    expect(mail!.subject).toBe("Bevestiging: Vervolgbehandeling op maandag 30 maart 2026 om 09:00");
    expect(mail!.icsContent).toContain(`UID:${appointment!.id}@keten`);
    const token = /\/afspraak\/beheer\/([A-Za-z0-9_-]{43})/.exec(mail!.textBody)?.[1];
    expect(hashToken(token!)).toBe(appointment!.manageTokenHash);
    expect(mail!.textBody).toContain("/portaal"); // an activated patient is pointed to the portal

    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.recordId, appointment!.id));
    expect(event).toMatchObject({ action: "appointment.booked", actorRole: "therapist", actorUserId: sanneUser!.id, patientId: lotte, details: { by: "staff" } });
  });

  it("books once for a form submitted twice, also at the same moment", async () => {
    const session = await sessionForEmail("sanne@keten.test");
    const again = await bookFollowUp(session, request(), now);
    expect(again).toMatchObject({ status: "booked", duplicate: true });
    const both = await Promise.all([
      bookFollowUp(session, request({ startsAt: monday("11:00"), idempotencyKey: "staff-follow-up-key-0002" }), now),
      bookFollowUp(session, request({ startsAt: monday("11:00"), idempotencyKey: "staff-follow-up-key-0002" }), now),
    ]);
    expect(both.map((o) => o.status)).toEqual(["booked", "booked"]);
    expect(both.filter((o) => o.status === "booked" && !o.duplicate)).toHaveLength(1);
    expect(await appointmentsOf(lotte)).toHaveLength(2);
    const mails = await db.select({ n: sql<number>`count(*)::int` }).from(outboxEmails).where(eq(outboxEmails.toAddress, "patient@keten.test"));
    expect(mails[0]!.n).toBe(2);
  });

  it("answers 'taken' for a time that is booked, inside the buffer, or not offered, and books nothing", async () => {
    const session = await sessionForEmail("sanne@keten.test");
    expect(await bookFollowUp(session, request({ idempotencyKey: "staff-follow-up-key-0003" }), now)).toEqual({ status: "taken" });
    expect(await bookFollowUp(session, request({ startsAt: monday("09:30"), idempotencyKey: "staff-follow-up-key-0004" }), now)).toEqual({ status: "taken" });
    // Sanne does not work on Wednesdays; and the minimum notice holds for staff too.
    expect(await bookFollowUp(session, request({ startsAt: instantAt("2026-04-01", "10:00"), idempotencyKey: "staff-follow-up-key-0005" }), now)).toEqual({ status: "taken" });
    expect(await bookFollowUp(session, request({ startsAt: instantAt("2026-03-26", "12:00"), idempotencyKey: "staff-follow-up-key-0006" }), new Date("2026-03-26T09:00:00Z"))).toEqual({ status: "taken" });
    expect(await appointmentsOf(lotte)).toHaveLength(2);
  });

  it("books with a colleague too, and refuses unknown patients, services and therapists", async () => {
    const session = await sessionForEmail("sanne@keten.test");
    expect(await bookFollowUp(session, request({ therapistSlug: "joris-bakker", startsAt: monday("14:00"), idempotencyKey: "staff-follow-up-key-0007" }), now)).toMatchObject({ status: "booked", therapistSlug: "joris-bakker" });
    expect(await bookFollowUp(session, request({ patientId: "00000000-0000-4000-8000-000000000000", startsAt: monday("15:00"), idempotencyKey: "staff-follow-up-key-0008" }), now)).toEqual({ status: "not_found" });
    expect(await bookFollowUp(session, request({ patientId: "nope", idempotencyKey: "staff-follow-up-key-0009" }), now)).toEqual({ status: "not_found" });
    expect(await bookFollowUp(session, request({ serviceSlug: "massage", idempotencyKey: "staff-follow-up-key-0010" }), now)).toEqual({ status: "unavailable" });
    expect(await bookFollowUp(session, request({ therapistSlug: "niemand", idempotencyKey: "staff-follow-up-key-0011" }), now)).toEqual({ status: "unavailable" });
  });

  it("cannot be called by a patient or without a session", async () => {
    const patient = await sessionForEmail("patient@keten.test");
    await expect(bookFollowUp(patient, request({ startsAt: monday("15:00"), idempotencyKey: "staff-follow-up-key-0012" }), now)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getFollowUpContext(patient, lotte)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(findFollowUpSlots(patient, { serviceSlug: "vervolgbehandeling", therapistSlug: "sanne-de-vries" }, now)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(bookFollowUp(null, request({ startsAt: monday("15:00"), idempotencyKey: "staff-follow-up-key-0013" }), now)).rejects.toBeInstanceOf(AuthRequiredError);
    expect(await appointmentsOf(lotte)).toHaveLength(3);
  });
});
