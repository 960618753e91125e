import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { jobs, outboxEmails, outboxSms, patients, users } from "@/db/schema";
import { jobHandlers } from "@/lib/jobs/handlers";
import { runDueJobs } from "@/lib/jobs/worker";
import { instantAt } from "@/lib/time/zone";
import { intake, seedPractice } from "@/tests/booking-support";
import { db, withTestDatabase } from "@/tests/test-database";
import { cancelAppointment, getManagedAppointment, rescheduleAppointment } from "./appointment-changes";
import { bookAppointment } from "./booking";

/**
 * Reminders as a patient receives them: one e-mail at the right moment (also across the clock change) with
 * time, address, what to bring and a working manage link; none after a cancellation; a moved appointment's
 * reminder follows the new time and the old one never comes; a text message only with consent.
 */
withTestDatabase();
beforeAll(seedPractice);

let n = 0;
async function book(email: string, startsAt: Date, now: Date) {
  const outcome = await bookAppointment({ serviceSlug: "bewegingsketenanalyse", therapistSlug: "sanne-de-vries", startsAt, intake: intake({ email }), idempotencyKey: `reminder-key-${++n}-000000` }, now);
  expect(outcome.status).toBe("booked");
  const [mail] = await db.select().from(outboxEmails).where(eq(outboxEmails.toAddress, email)).orderBy(sql`${outboxEmails.createdAt}`);
  return /\/afspraak\/beheer\/([A-Za-z0-9_-]{43})/.exec(mail!.textBody)![1]!;
}
const reminders = (email: string) => db.select().from(outboxEmails).where(and(eq(outboxEmails.toAddress, email), eq(outboxEmails.kind, "appointment_reminder")));
const runAt = (instant: Date) => runDueJobs(jobHandlers, { now: () => instant });
const minus = (instant: Date, ms: number) => new Date(instant.getTime() - ms);

describe("appointment reminders", () => {
  it("e-mails once, 48 hours before on the clock, across the spring change of 28 March 2027", async () => {
    const startsAt = instantAt("2027-03-29", "09:00"); // Monday, summer time
    await book("lente@voorbeeld.test", startsAt, new Date("2027-03-20T10:00:00Z"));
    const due = new Date("2027-03-27T08:00:00Z"); // Saturday 09:00 winter time
    await runAt(minus(due, 60_000));
    expect(await reminders("lente@voorbeeld.test")).toHaveLength(0);
    await runAt(due);
    await runAt(new Date(due.getTime() + 3600_000));
    const sent = await reminders("lente@voorbeeld.test");
    expect(sent).toHaveLength(1);
    expect(sent[0]!.subject).toBe("Herinnering: Bewegingsketenanalyse op maandag 29 maart 2027 om 09:00");
    expect(sent[0]!.textBody).toContain("Oudegracht 120");
    expect(sent[0]!.textBody).toContain("Wat neem je mee?");
    const link = /\/afspraak\/beheer\/([A-Za-z0-9_-]{43})/.exec(sent[0]!.textBody)![1]!;
    const managed = await getManagedAppointment({ via: "token", token: link }, due);
    expect(managed?.startsAt.toISOString()).toBe(startsAt.toISOString());
  });

  it("fires on the Saturday morning before an appointment just after the autumn change of 31 October 2027", async () => {
    const startsAt = instantAt("2027-11-01", "09:00"); // Monday, winter time (08:00 UTC)
    await book("herfst@voorbeeld.test", startsAt, new Date("2027-10-20T10:00:00Z"));
    const due = new Date("2027-10-30T07:00:00Z"); // Saturday 09:00 summer time
    await runAt(minus(due, 1000));
    expect(await reminders("herfst@voorbeeld.test")).toHaveLength(0);
    await runAt(due);
    expect(await reminders("herfst@voorbeeld.test")).toHaveLength(1);
  });

  it("sends nothing after a cancellation", async () => {
    const startsAt = instantAt("2027-04-13", "10:00");
    const token = await book("afgezegd@voorbeeld.test", startsAt, new Date("2027-04-01T10:00:00Z"));
    expect((await cancelAppointment({ via: "token", token }, new Date("2027-04-02T10:00:00Z"))).status).toBe("cancelled");
    await runAt(startsAt);
    expect(await reminders("afgezegd@voorbeeld.test")).toHaveLength(0);
  });

  it("follows a moved appointment to its new time, and never sends two for one moment", async () => {
    const first = instantAt("2027-04-12", "14:00");
    const second = instantAt("2027-04-15", "14:00");
    const token = await book("verzet@voorbeeld.test", first, new Date("2027-04-01T10:00:00Z"));
    const moved = await rescheduleAppointment({ via: "token", token }, { startsAt: second, therapistSlug: "sanne-de-vries" }, new Date("2027-04-02T10:00:00Z"));
    expect(moved.status).toBe("rescheduled");
    // Moving back and forth again plans nothing twice.
    const again = await rescheduleAppointment({ via: "token", token: (moved as { manageToken: string }).manageToken }, { startsAt: second, therapistSlug: "sanne-de-vries" }, new Date("2027-04-02T11:00:00Z"));
    expect(again.status).toBe("rescheduled");
    await runAt(new Date("2027-04-10T12:00:00Z")); // the old time's moment: nothing
    expect(await reminders("verzet@voorbeeld.test")).toHaveLength(0);
    await runAt(new Date("2027-04-13T12:00:00Z")); // 48 h before the new time
    const sent = await reminders("verzet@voorbeeld.test");
    expect(sent.map((m) => m.subject)).toEqual(["Herinnering: Bewegingsketenanalyse op donderdag 15 april 2027 om 14:00"]);
  });

  it("respects the patient's choices: no e-mail when turned off, a text message only with consent", async () => {
    const startsAt = instantAt("2027-04-20", "11:00");
    await book("stil@voorbeeld.test", startsAt, new Date("2027-04-01T10:00:00Z"));
    const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, "stil@voorbeeld.test"));
    await db.update(patients).set({ remindersByEmail: false, phone: "06 1234 5678" }).where(eq(patients.userId, user!.id));
    await runAt(new Date(startsAt.getTime() - 60_000));
    expect(await reminders("stil@voorbeeld.test")).toHaveLength(0);
    expect(await db.select().from(outboxSms).where(eq(outboxSms.toPhone, "+31612345678"))).toHaveLength(0);

    const later = instantAt("2027-04-22", "14:00");
    await book("sms@voorbeeld.test", later, new Date("2027-04-01T10:00:00Z"));
    const [smsUser] = await db.select({ id: users.id }).from(users).where(eq(users.email, "sms@voorbeeld.test"));
    await db.update(patients).set({ phone: "06 8765 4321", smsConsentAt: new Date() }).where(eq(patients.userId, smsUser!.id));
    await runAt(new Date(later.getTime() - 3 * 3600_000));
    const texts = await db.select().from(outboxSms).where(eq(outboxSms.toPhone, "+31687654321"));
    expect(texts).toHaveLength(1);
    expect(texts[0]!.body).toContain("om 14:00");
    await runAt(new Date(later.getTime() - 3 * 3600_000 + 1000)); // the delivery job the reminder queued
    const [delivery] = await db.select().from(jobs).where(eq(jobs.dedupeKey, `sms:${texts[0]!.id}`));
    expect(delivery?.status).toBe("done"); // no provider configured: kept in the outbox for /dev/sms
  });
});
