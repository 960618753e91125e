import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { appointments, auditEvents, intakes, outboxEmails, patients, userTokens, users } from "@/db/schema";
import { hashToken } from "@/lib/auth/tokens";
import { instantAt } from "@/lib/time/zone";
import { intake, patientByEmail, seedPractice, sessionForEmail, therapistId } from "@/tests/booking-support";
import { db, withTestDatabase } from "@/tests/test-database";
import { cancelAppointment, getManagedAppointment, rescheduleAppointment } from "./appointment-changes";
import { listOwnAppointments, nextOwnAppointment } from "./appointments";
import { findFreeSlots } from "./availability";
import { bookAppointment } from "./booking";
import { getBookingConfirmation } from "./booking-confirmation";
import { listUpcomingAppointmentsForStaff } from "./staff/appointments";

withTestDatabase();

// Wednesday before the spring clock change; the bookings are for the Monday after it.
const now = new Date("2026-03-25T09:00:00Z");
const monday = (time: string) => instantAt("2026-03-30", time);

beforeAll(seedPractice);

const lastEmailTo = async (to: string) => {
  const rows = await db.select().from(outboxEmails).where(eq(outboxEmails.toAddress, to)).orderBy(sql`${outboxEmails.createdAt} desc, ${outboxEmails.id} desc`);
  return rows;
};
const manageTokenFrom = (text: string) => /\/afspraak\/beheer\/([A-Za-z0-9_-]{43})/.exec(text)?.[1];

describe("booking a slot", () => {
  it("creates the patient, the appointment and the intake in one go, and queues the confirmation with an invite", async () => {
    const key = "key-new-patient-000001";
    const answers = intake({ email: "Noor@Voorbeeld.TEST", pop: "yes" });
    const outcome = await bookAppointment({ serviceSlug: "bewegingsketenanalyse", therapistSlug: "sanne-de-vries", startsAt: monday("09:00"), intake: answers, idempotencyKey: key }, now);
    expect(outcome).toEqual({ status: "booked", duplicate: false });

    const patient = await patientByEmail("noor@voorbeeld.test");
    expect(patient).toMatchObject({ fullName: "Noor de Boer", dateOfBirth: "1991-04-03" });
    const [appointment] = await db.select().from(appointments).where(eq(appointments.patientId, patient!.id));
    expect(appointment).toMatchObject({ status: "confirmed", therapistId: await therapistId("sanne-de-vries"), icsSequence: 0 });
    expect(appointment!.startsAt.toISOString()).toBe("2026-03-30T07:00:00.000Z");
    expect(appointment!.endsAt.toISOString()).toBe("2026-03-30T08:00:00.000Z");
    expect(appointment!.idempotencyKey).toBe(hashToken(key)); // stored hashed

    const [stored] = await db.select().from(intakes).where(eq(intakes.appointmentId, appointment!.id));
    expect(stored).toMatchObject({ formVersion: 1, complaintLocation: "hamstring", complaintSide: "left", painNow: 3, painWorst: 6, triageOutcome: "see_soon" });
    expect(stored!.redFlags).toContain("pop");
    expect(stored!.consentAt.toISOString()).toBe(now.toISOString());

    const [mail] = await lastEmailTo("noor@voorbeeld.test");
    expect(mail!.subject).toBe("Bevestiging: Bewegingsketenanalyse op maandag 30 maart 2026 om 09:00");
    expect(mail!.textBody).toContain("maandag 30 maart 2026, 09:00–10:00");
    expect(mail!.icsMethod).toBe("REQUEST");
    expect(mail!.icsContent).toContain(`UID:${appointment!.id}@keten`);
    expect(mail!.icsContent).toContain("DTSTART;TZID=Europe/Amsterdam:20260330T090000");
    // The manage link works, and is the appointment's (stored as a hash).
    const token = manageTokenFrom(mail!.textBody)!;
    expect(hashToken(token)).toBe(appointment!.manageTokenHash);
    // A new patient is invited to activate the portal with a one-time link.
    const activation = /\/wachtwoord\/activeren\/([A-Za-z0-9_-]{43})/.exec(mail!.textBody)?.[1];
    const [tokenRow] = await db.select().from(userTokens).where(eq(userTokens.tokenHash, hashToken(activation!)));
    expect(tokenRow).toMatchObject({ userId: patient!.userId, purpose: "activation", usedAt: null });
    // No health data in the e-mail.
    expect(mail!.textBody).not.toMatch(/knak|pijn/i);

    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.recordId, appointment!.id));
    expect(event).toMatchObject({ action: "appointment.booked", actorRole: "anonymous", patientId: patient!.id });

    const confirmation = await getBookingConfirmation(key, now);
    expect(confirmation).toMatchObject({ therapistName: "Sanne de Vries", triageOutcome: "see_soon", email: "noor@voorbeeld.test" });
    expect(await getBookingConfirmation("key-someone-else-0001", now)).toBeNull();
    // Only shortly after booking (the row's creation time is the database's clock).
    expect(await getBookingConfirmation(key, new Date(Date.now() + 3 * 3_600_000))).toBeNull();
  });

  it("books for an existing patient logged in with that address (any case) and never changes their profile", async () => {
    const before = await patientByEmail("patient@keten.test");
    const outcome = await bookAppointment(
      {
        serviceSlug: "vervolgbehandeling",
        therapistSlug: null,
        startsAt: monday("11:00"),
        intake: intake({ email: "PATIENT@keten.test", fullName: "Iemand Anders", dateOfBirth: "1970-01-01", phone: "0612121212" }),
        idempotencyKey: "key-existing-patient-01",
      },
      now,
      await sessionForEmail("patient@keten.test"),
    );
    expect(outcome.status).toBe("booked");
    expect(await patientByEmail("patient@keten.test")).toEqual(before);
    const count = await db.select({ n: sql<number>`count(*)::int` }).from(users).where(sql`lower(${users.email}) = 'patient@keten.test'`);
    expect(count[0]!.n).toBe(1);
    const [row] = await db.select({ answers: intakes.answers, therapistId: appointments.therapistId }).from(intakes).innerJoin(appointments, eq(appointments.id, intakes.appointmentId)).where(eq(intakes.patientId, before!.id));
    expect(row!.answers).toMatchObject({ fullName: "Iemand Anders", dateOfBirth: "1970-01-01" });
    // "No preference" on Monday morning: only Sanne works then.
    expect(row!.therapistId).toBe(await therapistId("sanne-de-vries"));
    const [mail] = await lastEmailTo("patient@keten.test");
    // Addressed with the stored name; an activated patient is pointed to the portal, not to activation.
    expect(mail!.textBody).toContain("Beste Lotte Visser,");
    expect(mail!.textBody).toContain("/portaal");
    expect(mail!.textBody).not.toContain("/wachtwoord/activeren/");
  });

  it("answers 'taken' when the time was just booked, and leaves nothing behind", async () => {
    const usersBefore = await db.select({ n: sql<number>`count(*)::int` }).from(users);
    const outcome = await bookAppointment(
      { serviceSlug: "bewegingsketenanalyse", therapistSlug: "sanne-de-vries", startsAt: monday("09:00"), intake: intake({ email: "later@voorbeeld.test" }), idempotencyKey: "key-taken-000000001" },
      now,
    );
    expect(outcome).toEqual({ status: "taken" });
    const usersAfter = await db.select({ n: sql<number>`count(*)::int` }).from(users);
    expect(usersAfter[0]!.n).toBe(usersBefore[0]!.n);
    // The buffer counts too: 10:00 starts right when Noor's appointment ends.
    const buffer = await bookAppointment(
      { serviceSlug: "vervolgbehandeling", therapistSlug: "sanne-de-vries", startsAt: monday("10:00"), intake: intake({ email: "later@voorbeeld.test" }), idempotencyKey: "key-taken-000000002" },
      now,
    );
    expect(buffer).toEqual({ status: "taken" });
  });

  it("refuses times the rules do not offer: outside the hours, off the grid, too soon, inactive service", async () => {
    const base = { serviceSlug: "bewegingsketenanalyse", therapistSlug: "sanne-de-vries", intake: intake({ email: "regels@voorbeeld.test" }) };
    expect(await bookAppointment({ ...base, startsAt: monday("07:00"), idempotencyKey: "key-rules-0000000001" }, now)).toEqual({ status: "taken" });
    expect(await bookAppointment({ ...base, startsAt: monday("11:07"), idempotencyKey: "key-rules-0000000002" }, now)).toEqual({ status: "taken" });
    expect(await bookAppointment({ ...base, startsAt: instantAt("2026-03-25", "14:00"), idempotencyKey: "key-rules-0000000003" }, now)).toEqual({ status: "taken" });
    expect(await bookAppointment({ ...base, serviceSlug: "bestaat-niet", startsAt: monday("11:00"), idempotencyKey: "key-rules-0000000004" }, now)).toEqual({ status: "unavailable" });
    expect(await patientByEmail("regels@voorbeeld.test")).toBeUndefined();
  });

  it("books once for a double submit, sequential or at the same moment", async () => {
    const request = { serviceSlug: "vervolgbehandeling", therapistSlug: "joris-bakker", startsAt: monday("14:00"), intake: intake({ email: "dubbel@voorbeeld.test" }), idempotencyKey: "key-double-submit-001" };
    const results = await Promise.all([bookAppointment(request, now), bookAppointment(request, now)]);
    expect(results.map((r) => r.status)).toEqual(["booked", "booked"]);
    expect(await bookAppointment(request, now)).toEqual({ status: "booked", duplicate: true });
    const patient = await patientByEmail("dubbel@voorbeeld.test");
    const rows = await db.select().from(appointments).where(eq(appointments.patientId, patient!.id));
    expect(rows).toHaveLength(1);
    expect(await lastEmailTo("dubbel@voorbeeld.test")).toHaveLength(1);
  });

  it("refuses an e-mail address that belongs to a staff account", async () => {
    const outcome = await bookAppointment(
      { serviceSlug: "vervolgbehandeling", therapistSlug: null, startsAt: monday("15:00"), intake: intake({ email: "sanne@keten.test" }), idempotencyKey: "key-staff-email-0001" },
      now,
    );
    expect(outcome).toEqual({ status: "email_in_use" });
  });
});

describe("changing an appointment", () => {
  async function book(time: string, email: string, key: string) {
    await bookAppointment({ serviceSlug: "vervolgbehandeling", therapistSlug: "joris-bakker", startsAt: monday(time), intake: intake({ email }), idempotencyKey: key }, now);
    const [mail] = await lastEmailTo(email);
    return manageTokenFrom(mail!.textBody)!;
  }

  it("cancelling frees the slot for someone else and sends METHOD:CANCEL with a higher sequence", async () => {
    const token = await book("16:00", "annuleer@voorbeeld.test", "key-cancel-000000001");
    const slotsTaken = await findFreeSlots({ serviceSlug: "vervolgbehandeling", therapistSlug: "joris-bakker", now, fromDate: "2026-03-30", toDate: "2026-03-30" });
    expect(slotsTaken!.slots.map((s) => s.start)).not.toContain(monday("16:00").getTime());

    expect(await cancelAppointment({ via: "token", token }, now)).toEqual({ status: "cancelled" });
    const managed = await getManagedAppointment({ via: "token", token }, now);
    expect(managed).toMatchObject({ cancelled: true, decision: { allowed: false, reason: "cancelled" } });
    const [mail] = await lastEmailTo("annuleer@voorbeeld.test");
    expect(mail!.icsMethod).toBe("CANCEL");
    expect(mail!.icsContent).toContain("SEQUENCE:1");
    expect(mail!.icsContent).toContain("STATUS:CANCELLED");

    const slotsFree = await findFreeSlots({ serviceSlug: "vervolgbehandeling", therapistSlug: "joris-bakker", now, fromDate: "2026-03-30", toDate: "2026-03-30" });
    expect(slotsFree!.slots.map((s) => s.start)).toContain(monday("16:00").getTime());
    const again = await bookAppointment({ serviceSlug: "vervolgbehandeling", therapistSlug: "joris-bakker", startsAt: monday("16:00"), intake: intake({ email: "ander@voorbeeld.test" }), idempotencyKey: "key-cancel-000000002" }, now);
    expect(again.status).toBe("booked");
    // Cancelling twice is refused plainly.
    expect(await cancelAppointment({ via: "token", token }, now)).toEqual({ status: "refused", reason: "cancelled" });
  });

  it("rescheduling moves the one appointment, raises the sequence and replaces the link", async () => {
    const token = await book("17:00", "verzet@voorbeeld.test", "key-reschedule-00001");
    const patient = await patientByEmail("verzet@voorbeeld.test");
    // Moving by 15 minutes overlaps the appointment itself: allowed, it is the one being moved.
    const outcome = await rescheduleAppointment({ via: "token", token }, { startsAt: monday("17:15"), therapistSlug: "joris-bakker" }, now);
    expect(outcome.status).toBe("rescheduled");
    const rows = await db.select().from(appointments).where(eq(appointments.patientId, patient!.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.startsAt.toISOString()).toBe(monday("17:15").toISOString());
    expect(rows[0]!.icsSequence).toBe(1);
    const [mail] = await lastEmailTo("verzet@voorbeeld.test");
    expect(mail!.icsMethod).toBe("REQUEST");
    expect(mail!.icsContent).toContain("SEQUENCE:1");
    expect(mail!.icsContent).toContain(`UID:${rows[0]!.id}@keten`);
    const newToken = manageTokenFrom(mail!.textBody)!;
    expect(newToken).toBe(outcome.status === "rescheduled" ? outcome.manageToken : "");
    expect(await getManagedAppointment({ via: "token", token }, now)).toBeNull();
    expect(await getManagedAppointment({ via: "token", token: newToken }, now)).toMatchObject({ therapistName: "Joris Bakker" });
    // Onto a taken time: refused, nothing changes.
    const taken = await rescheduleAppointment({ via: "token", token: newToken }, { startsAt: monday("14:00"), therapistSlug: "joris-bakker" }, now);
    expect(taken).toEqual({ status: "taken" });
  });

  it("refuses changes within the cut-off; a bad token finds nothing", async () => {
    const token = await book("18:30", "laat@voorbeeld.test", "key-late-00000000001");
    const late = new Date(monday("18:30").getTime() - 23 * 3_600_000);
    expect(await cancelAppointment({ via: "token", token }, late)).toEqual({ status: "refused", reason: "too_late" });
    expect(await rescheduleAppointment({ via: "token", token }, { startsAt: monday("19:30"), therapistSlug: null }, late)).toEqual({ status: "refused", reason: "too_late" });
    expect(await cancelAppointment({ via: "token", token: "x".repeat(43) }, now)).toEqual({ status: "not_found" });
    expect(await getManagedAppointment({ via: "token", token: "kort" }, now)).toBeNull();
  });

  it("a logged-in patient changes only their own appointments, through the same rules", async () => {
    await book("19:30", "eigen@voorbeeld.test", "key-own-000000000001");
    const own = await patientByEmail("eigen@voorbeeld.test");
    await db.update(users).set({ passwordHash: "x", activatedAt: now }).where(eq(users.id, own!.userId));
    const [appointment] = await db.select({ id: appointments.id }).from(appointments).where(eq(appointments.patientId, own!.id));

    const lotte = await sessionForEmail("patient@keten.test");
    expect(await cancelAppointment({ via: "patient", session: lotte, appointmentId: appointment!.id }, now)).toEqual({ status: "not_found" });
    await expect(cancelAppointment({ via: "patient", session: await sessionForEmail("sanne@keten.test"), appointmentId: appointment!.id }, now)).rejects.toThrow();

    const session = await sessionForEmail("eigen@voorbeeld.test");
    const next = await nextOwnAppointment(session, now);
    expect(next).toMatchObject({ id: appointment!.id, change: { allowed: true } });
    expect(await cancelAppointment({ via: "patient", session, appointmentId: appointment!.id }, now)).toEqual({ status: "cancelled" });
    const list = await listOwnAppointments(session, now);
    expect(list.upcoming).toEqual([]);
    expect(list.past.map((a) => [a.id, a.status])).toEqual([[appointment!.id, "cancelled"]]);
    const [event] = await db.select().from(auditEvents).where(and(eq(auditEvents.recordId, appointment!.id), eq(auditEvents.action, "appointment.cancelled")));
    expect(event).toMatchObject({ actorRole: "patient", actorUserId: own!.userId });
  });
});

describe("the staff list", () => {
  it("shows staff the upcoming appointments with their intake, and logs every intake read", async () => {
    const sanne = await sessionForEmail("sanne@keten.test");
    const before = await db.select({ n: sql<number>`count(*)::int` }).from(auditEvents).where(eq(auditEvents.action, "intake.viewed"));
    const list = await listUpcomingAppointmentsForStaff(sanne, now);
    const noor = list.find((a) => a.patient.name === "Noor de Boer");
    expect(noor).toMatchObject({ therapistName: "Sanne de Vries", intake: { triageOutcome: "see_soon", complaintSide: "left" } });
    expect(noor!.intake!.redFlags).toContain("pop");
    const withIntake = list.filter((a) => a.intake).length;
    const after = await db.select({ n: sql<number>`count(*)::int` }).from(auditEvents).where(eq(auditEvents.action, "intake.viewed"));
    expect(after[0]!.n - before[0]!.n).toBe(withIntake);
    await expect(listUpcomingAppointmentsForStaff(await sessionForEmail("patient@keten.test"), now)).rejects.toThrow();
    await expect(listUpcomingAppointmentsForStaff(null, now)).rejects.toThrow();
    // The patients table was never touched by the anonymous bookings of an existing e-mail.
    expect(await db.select().from(patients).where(eq(patients.fullName, "Iemand Anders"))).toEqual([]);
  });
});
