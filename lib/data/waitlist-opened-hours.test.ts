import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { outboxEmails } from "@/db/schema";
import { jobHandlers } from "@/lib/jobs/handlers";
import { runDueJobs } from "@/lib/jobs/worker";
import { waitlistContactSchema, waitlistPreferencesSchema } from "@/lib/validation/waitlist";
import { seedPractice, sessionForEmail, therapistId } from "@/tests/booking-support";
import { db, withTestDatabase } from "@/tests/test-database";
import { addWeeklyBlock } from "./staff/opening-hours";
import { joinWaitlist } from "./waitlist";

/**
 * Issue 15, point 4: times that free up through new opening hours reach the waitlist as a cancelled time
 * does. Joris has no Tuesday hours in the seed; when he adds Tuesday mornings, the waiter who wants Joris on
 * Tuesday mornings gets one offer by e-mail; waiters for another therapist or another part of the day none.
 */
withTestDatabase();
beforeAll(seedPractice);

const today = "2027-05-01";
const now = new Date("2027-05-03T09:00:00Z"); // Monday 11:00 in Amsterdam
const wishes = (therapist: string, dayPart: string) =>
  waitlistPreferencesSchema(today).parse({ dienst: "vervolgbehandeling", therapeut: therapist, dagen: ["2"], dagdelen: [dayPart], tot: "2027-06-30" });
const contact = (name: string, email: string) => waitlistContactSchema(today).parse({ naam: name, email, geboortedatum: "1979-11-12", telefoon: "" });
const offers = (email: string) => db.select().from(outboxEmails).where(and(eq(outboxEmails.toAddress, email), eq(outboxEmails.kind, "waitlist_offer")));
const run = () => runDueJobs(jobHandlers, { now: () => now });

describe("new opening hours and the waitlist", () => {
  it("offers a new Tuesday-morning time of Joris to the waiter for Joris on Tuesday mornings, once", async () => {
    expect(await joinWaitlist(null, wishes("joris-bakker", "morning"), contact("Fenna", "fenna@wacht.test"))).toEqual({ status: "joined" });
    expect(await joinWaitlist(null, wishes("joris-bakker", "afternoon"), contact("Gijs", "gijs@wacht.test"))).toEqual({ status: "joined" });
    expect(await joinWaitlist(null, wishes("sanne-de-vries", "morning"), contact("Hanna", "hanna@wacht.test"))).toEqual({ status: "joined" });
    await run();
    expect(await offers("fenna@wacht.test")).toHaveLength(0);

    const joris = await sessionForEmail("joris@keten.test");
    const result = await addWeeklyBlock(joris, await therapistId("joris-bakker"), { weekday: 2, startTime: "08:00", endTime: "12:00", validFrom: "2027-05-04", validTo: null }, now);
    expect(result).toEqual({ ok: true, therapistId: await therapistId("joris-bakker") });
    await run();

    const [offer, ...more] = await offers("fenna@wacht.test");
    expect(more).toHaveLength(0);
    expect(offer!.subject).toBe("Vrijgekomen: Vervolgbehandeling op dinsdag 4 mei 2027 om 08:00");
    expect(offer!.textBody).toContain("Joris Bakker");
    expect(offer!.textBody).toMatch(/\/wachtlijst\/aanbod\/[A-Za-z0-9_-]{43}/);
    expect(await offers("gijs@wacht.test")).toHaveLength(0);
    expect(await offers("hanna@wacht.test")).toHaveLength(0);
  });
});
