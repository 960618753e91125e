import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { appointments, outboxEmails, patients, users, waitlistEntries } from "@/db/schema";
import { jobHandlers } from "@/lib/jobs/handlers";
import { runDueJobs } from "@/lib/jobs/worker";
import { instantAt } from "@/lib/time/zone";
import { waitlistContactSchema, waitlistPreferencesSchema } from "@/lib/validation/waitlist";
import { intake, seedPractice, sessionForEmail } from "@/tests/booking-support";
import { db, withTestDatabase } from "@/tests/test-database";
import { cancelAppointment } from "./appointment-changes";
import { bookAppointment } from "./booking";
import { joinWaitlist, leaveWaitlist, listWaitlistForStaff } from "./waitlist";
import { claimOffer, getOffer } from "./waitlist-claim";

/**
 * The waitlist as waiters notice it: a freed time that suits them arrives by e-mail for the first three; the
 * first to claim books it, the others read "net vergeven" and stay on the list; an unclaimed offer moves on;
 * leaving the list stops the offers; therapists see who waits.
 */
withTestDatabase();
beforeAll(seedPractice);

const today = "2027-05-01";
const joinedAt = new Date("2027-05-01T08:00:00Z");
const wishes = (overrides: Record<string, unknown> = {}) =>
  waitlistPreferencesSchema(today).parse({ dienst: "vervolgbehandeling", therapeut: "sanne-de-vries", dagen: ["1"], dagdelen: ["afternoon"], tot: "2027-06-30", ...overrides });
const contact = (name: string, email: string) => waitlistContactSchema(today).parse({ naam: name, email, geboortedatum: "1985-02-03", telefoon: "" });
const mailsTo = (email: string, kind: string) => db.select().from(outboxEmails).where(and(eq(outboxEmails.toAddress, email), eq(outboxEmails.kind, kind))).orderBy(sql`${outboxEmails.createdAt}`);
const linkIn = (text: string, path: string) => new RegExp(`/wachtlijst/${path}/([A-Za-z0-9_-]{43})`).exec(text)![1]!;
const run = (at: Date) => runDueJobs(jobHandlers, { now: () => at });

let bookingN = 0;
async function freeTime(startsAt: Date, cancelAt: Date): Promise<void> {
  const email = `bezet${++bookingN}@voorbeeld.test`;
  await bookAppointment({ serviceSlug: "vervolgbehandeling", therapistSlug: "sanne-de-vries", startsAt, intake: intake({ email }), idempotencyKey: `waitlist-booking-${bookingN}-00000` }, joinedAt);
  const [mail] = await mailsTo(email, "appointment_confirmation");
  const token = /\/afspraak\/beheer\/([A-Za-z0-9_-]{43})/.exec(mail!.textBody)![1]!;
  expect((await cancelAppointment({ via: "token", token }, cancelAt, { reason: "ziek", note: "" })).status).toBe("cancelled");
  await run(cancelAt);
}

describe("the waitlist", () => {
  it("offers a freed time to the first three who want it; the first claim books it, the others read 'net vergeven' and keep waiting", async () => {
    for (const [name, email] of [["Ada", "ada"], ["Bas", "bas"], ["Cor", "cor"], ["Dirk", "dirk"]] as const) {
      expect(await joinWaitlist(null, wishes(), contact(name, `${email}@wacht.test`))).toEqual({ status: "joined" });
    }
    expect(await joinWaitlist(null, wishes({ dagdelen: ["morning"] }), contact("Eva", "eva@wacht.test"))).toEqual({ status: "joined" });
    expect((await mailsTo("ada@wacht.test", "waitlist_joined")).length).toBe(1);

    const startsAt = instantAt("2027-05-10", "14:00"); // Monday afternoon
    const cancelAt = new Date("2027-05-03T09:00:00Z");
    await freeTime(startsAt, cancelAt);
    const offered = async (who: string) => (await mailsTo(`${who}@wacht.test`, "waitlist_offer")).length;
    expect([await offered("ada"), await offered("bas"), await offered("cor"), await offered("dirk"), await offered("eva")]).toEqual([1, 1, 1, 0, 0]);

    const [basOffer] = await mailsTo("bas@wacht.test", "waitlist_offer");
    expect(basOffer!.subject).toBe("Vrijgekomen: Vervolgbehandeling op maandag 10 mei 2027 om 14:00");
    const basToken = linkIn(basOffer!.textBody, "aanbod");
    expect((await getOffer(basToken, cancelAt))?.state).toBe("open");
    const claimed = await claimOffer(basToken, new Date(cancelAt.getTime() + 60_000));
    expect(claimed.status).toBe("booked");

    const [adaOffer] = await mailsTo("ada@wacht.test", "waitlist_offer");
    const adaToken = linkIn(adaOffer!.textBody, "aanbod");
    expect((await getOffer(adaToken, cancelAt))?.state).toBe("lost");
    expect(await claimOffer(adaToken, new Date(cancelAt.getTime() + 120_000))).toEqual({ status: "lost" });

    // Bas is now a patient with that appointment and a confirmation; Ada still waits.
    const [bas] = await db.select({ id: patients.id, dob: patients.dateOfBirth }).from(patients).innerJoin(users, eq(users.id, patients.userId)).where(eq(users.email, "bas@wacht.test"));
    const [appointment] = await db.select().from(appointments).where(eq(appointments.patientId, bas!.id));
    expect(appointment?.startsAt.toISOString()).toBe(startsAt.toISOString());
    expect(bas?.dob).toBe("1985-02-03");
    expect((await mailsTo("bas@wacht.test", "appointment_confirmation")).length).toBe(1);
    const statuses = await db.select({ email: waitlistEntries.email, status: waitlistEntries.status }).from(waitlistEntries);
    expect(statuses.find((s) => s.email === "ada@wacht.test")?.status).toBe("waiting");
    expect(statuses.find((s) => s.email === "bas@wacht.test")?.status).toBe("booked");

    const staffView = await listWaitlistForStaff(await sessionForEmail("sanne@keten.test"), today);
    expect(staffView.map((r) => r.name)).toEqual(["Ada", "Cor", "Dirk", "Eva"]);
  });

  it("passes an unclaimed offer on to the next waiters when it expires", async () => {
    const startsAt = instantAt("2027-05-17", "15:00");
    const cancelAt = new Date("2027-05-04T09:00:00Z");
    await freeTime(startsAt, cancelAt);
    const offersFor = async (who: string) => (await mailsTo(`${who}@wacht.test`, "waitlist_offer")).filter((m) => m.subject.includes("17 mei")).length;
    expect([await offersFor("ada"), await offersFor("cor"), await offersFor("dirk")]).toEqual([1, 1, 1]);
    expect(await offersFor("eva")).toBe(0); // mornings only
    const [late] = (await mailsTo("ada@wacht.test", "waitlist_offer")).filter((m) => m.subject.includes("17 mei"));
    await joinWaitlist(null, wishes(), contact("Hans", "hans@wacht.test"));
    await run(new Date(cancelAt.getTime() + 31 * 60_000));
    expect(await offersFor("hans")).toBe(1); // the next in line, after the first round expired
    expect(await claimOffer(linkIn(late!.textBody, "aanbod"), new Date(cancelAt.getTime() + 32 * 60_000))).toEqual({ status: "expired" });
  });

  it("takes many clicks on one offer as one booking", async () => {
    await joinWaitlist(null, wishes({ dagen: ["2"], dagdelen: ["morning"] }), contact("Fien", "fien@wacht.test"));
    const startsAt = instantAt("2027-05-11", "10:00"); // Tuesday
    const cancelAt = new Date("2027-05-05T09:00:00Z");
    await freeTime(startsAt, cancelAt);
    const [offer] = await mailsTo("fien@wacht.test", "waitlist_offer");
    const token = linkIn(offer!.textBody, "aanbod");
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => claimOffer(token, new Date(cancelAt.getTime() + 60_000))));
    expect(outcomes.filter((o) => o.status === "booked")).toHaveLength(1);
    expect(outcomes.filter((o) => o.status !== "booked").every((o) => o.status === "already_booked")).toBe(true);
  });

  it("stops offers once the waiter leaves through the link", async () => {
    await joinWaitlist(null, wishes({ dagen: ["4"], dagdelen: ["evening"] }), contact("Gijs", "gijs@wacht.test"));
    const [joined] = await mailsTo("gijs@wacht.test", "waitlist_joined");
    expect(await leaveWaitlist({ via: "token", token: linkIn(joined!.textBody, "afmelden") })).toBe("left");
    await freeTime(instantAt("2027-05-13", "18:00"), new Date("2027-05-06T09:00:00Z"));
    expect(await mailsTo("gijs@wacht.test", "waitlist_offer")).toHaveLength(0);
  });

  it("keeps one place for a patient who signs up twice for the same treatment and therapist, with the newest wishes", async () => {
    const lotte = await sessionForEmail("patient@keten.test");
    await joinWaitlist(lotte, wishes({ dagen: ["2"] }), null);
    await joinWaitlist(lotte, wishes({ dagen: ["3"] }), null);
    const rows = await db.select().from(waitlistEntries).where(and(eq(waitlistEntries.email, "patient@keten.test"), eq(waitlistEntries.status, "waiting")));
    expect(rows.map((row) => row.weekdays)).toEqual([[3]]);
    // The newest e-mail's link takes her off the list.
    const joined = await mailsTo("patient@keten.test", "waitlist_joined");
    expect(await leaveWaitlist({ via: "token", token: linkIn(joined.at(-1)!.textBody, "afmelden") })).toBe("left");
  });
});
