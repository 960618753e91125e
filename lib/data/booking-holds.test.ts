import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { appointments, auditEvents, bookingHolds, intakes, outboxEmails } from "@/db/schema";
import { HOLD_MINUTES } from "@/lib/booking/holds";
import { instantAt } from "@/lib/time/zone";
import { intake, patientByEmail, seedPractice, sessionForEmail } from "@/tests/booking-support";
import { db, withTestDatabase } from "@/tests/test-database";
import { findFreeSlots } from "./availability";
import { bookAppointment } from "./booking";
import { confirmHeldBooking, expireHolds, getHeldBooking, getHeldBookingByKey } from "./booking-holds";

withTestDatabase();
beforeAll(seedPractice);

// Decision 016: a booking with the address of an existing account is held until its owner confirms.
const now = new Date("2026-03-25T09:00:00Z");
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
const monday = (time: string) => instantAt("2026-03-30", time);
const owner = "patient@keten.test";

const book = (time: string, email: string, key: string, at = now, session?: Awaited<ReturnType<typeof sessionForEmail>>) =>
  bookAppointment({ serviceSlug: "vervolgbehandeling", therapistSlug: "sanne-de-vries", startsAt: monday(time), intake: intake({ email, fullName: "Iemand Anders", goals: "Een vreemde die dit schrijft." }), idempotencyKey: key }, at, session);

const offered = async (time: string, at: Date) => {
  const search = await findFreeSlots({ serviceSlug: "vervolgbehandeling", therapistSlug: "sanne-de-vries", now: at, fromDate: "2026-03-30", toDate: "2026-03-30" });
  return search!.slots.some((slot) => slot.start === monday(time).getTime());
};
const ownerIntakes = async () => {
  const patient = await patientByEmail(owner);
  return db.select({ answers: intakes.answers }).from(intakes).where(eq(intakes.patientId, patient!.id));
};
const confirmTokenFor = async (to: string) => {
  const [mail] = await db.select().from(outboxEmails).where(eq(outboxEmails.kind, "booking_hold")).orderBy(sql`${outboxEmails.createdAt} desc, ${outboxEmails.id} desc`);
  expect(mail!.toAddress).toBe(to);
  return { mail: mail!, token: /\/afspraak\/bevestigen\/([A-Za-z0-9_-]{43})/.exec(mail!.textBody)![1]! };
};

describe("a booking with the address of an existing account", () => {
  it("writes nothing into that patient's record, holds the time and mails the owner a link", async () => {
    const before = (await ownerIntakes()).length;
    const outcome = await book("10:00", "Patient@Keten.test", "key-hold-stranger-0001");
    expect(outcome).toEqual({ status: "pending", duplicate: false, expiresAt: later(HOLD_MINUTES) });
    expect((await ownerIntakes()).length).toBe(before);
    expect(await db.select().from(appointments).where(eq(appointments.startsAt, monday("10:00")))).toEqual([]);

    const { mail } = await confirmTokenFor(owner);
    expect(mail.subject).toBe("Bevestig je afspraak van maandag 30 maart 2026 om 10:00");
    expect(mail.textBody).toContain(`${HOLD_MINUTES} minuten`);
    expect(mail.textBody).not.toMatch(/vreemde|Iemand Anders/); // none of the answers in the owner's mailbox

    // The visitor's page: what is held, until when.
    expect(await getHeldBookingByKey("key-hold-stranger-0001", now)).toMatchObject({ email: "patient@keten.test", therapistName: "Sanne de Vries", expired: false });
    // The same form again is the same hold.
    expect(await book("10:00", owner, "key-hold-stranger-0001")).toMatchObject({ status: "pending", duplicate: true });
  });

  it("blocks the held time for everyone while it is held, and not a minute longer", async () => {
    expect(await offered("10:00", later(10))).toBe(false);
    expect(await book("10:00", "iemand@voorbeeld.test", "key-hold-other-000001", later(10))).toEqual({ status: "taken" });
    // Expired: offered again, and a booking takes it in its own transaction (no job needed).
    const expiredAt = later(HOLD_MINUTES + 1);
    expect(await offered("10:00", expiredAt)).toBe(true);
    expect(await book("10:00", "iemand@voorbeeld.test", "key-hold-other-000002", expiredAt)).toEqual({ status: "booked", duplicate: false });
    expect(await db.select().from(bookingHolds).where(eq(bookingHolds.startsAt, monday("10:00")))).toEqual([]);
  });

  it("becomes the owner's appointment with its intake once the owner confirms, once", async () => {
    const before = (await ownerIntakes()).length;
    await book("13:00", owner, "key-hold-confirm-00001");
    const { token } = await confirmTokenFor(owner);
    expect(await getHeldBooking(token, later(5))).toMatchObject({ nameGiven: "Iemand Anders", expired: false });

    const outcome = await confirmHeldBooking(token, later(5));
    expect(outcome.status).toBe("confirmed");
    const stored = await ownerIntakes();
    expect(stored.length).toBe(before + 1);
    const [appointment] = await db.select().from(appointments).where(eq(appointments.startsAt, monday("13:00")));
    expect(appointment).toMatchObject({ status: "confirmed", patientId: (await patientByEmail(owner))!.id });
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.recordId, appointment!.id));
    expect(event).toMatchObject({ action: "appointment.booked", actorRole: "anonymous", patientId: (await patientByEmail(owner))!.id });
    const [mail] = await db.select().from(outboxEmails).where(eq(outboxEmails.kind, "appointment_confirmation")).orderBy(sql`${outboxEmails.createdAt} desc, ${outboxEmails.id} desc`);
    expect(mail!.toAddress).toBe(owner);
    // The link is used up; the profile of the patient was not touched.
    expect(await confirmHeldBooking(token, later(6))).toEqual({ status: "not_found" });
    expect(await getHeldBooking(token, later(6))).toBeNull();
    expect((await patientByEmail(owner))!.fullName).toBe("Lotte Visser");
  });

  it("expires unconfirmed: the link says so, nothing is written, and the expiry job gets the freed time", async () => {
    const before = (await ownerIntakes()).length;
    await book("14:00", owner, "key-hold-expire-000001");
    const { token } = await confirmTokenFor(owner);
    expect(await confirmHeldBooking(token, later(HOLD_MINUTES))).toEqual({ status: "expired" });
    expect(await getHeldBooking(token, later(HOLD_MINUTES))).toMatchObject({ expired: true });
    expect((await ownerIntakes()).length).toBe(before);
    const freed = await expireHolds(later(HOLD_MINUTES));
    expect(freed.map((f) => f.startsAt.toISOString())).toEqual([monday("14:00").toISOString()]);
    expect(await getHeldBooking(token, later(HOLD_MINUTES))).toBeNull();
  });

  it("is booked at once by the owner while logged in, but held when another patient uses the address", async () => {
    const own = await book("15:30", owner, "key-hold-owner-logged-1", now, await sessionForEmail(owner));
    expect(own).toEqual({ status: "booked", duplicate: false });
    const other = await book("16:30", owner, "key-hold-other-logged-1", now, await sessionForEmail("sanne@keten.test"));
    expect(other.status).toBe("pending");
  });
});
