import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { appointments, practiceSettings } from "@/db/schema";
import { initials } from "@/lib/calendar/feed";
import { instantAt } from "@/lib/time/zone";
import { intake, patientByEmail, seedPractice, sessionForEmail } from "@/tests/booking-support";
import { db, withTestDatabase } from "@/tests/test-database";
import { bookAppointment } from "./booking";
import { feedForToken, ownAppointmentCalendar, renewOwnFeed, stopOwnFeed } from "./calendar-feeds";

/** A therapist subscribes to their agenda with a private link that can be replaced or stopped; patients download their appointment. */
withTestDatabase();
beforeAll(seedPractice);

const now = new Date("2026-04-01T08:00:00Z");

describe("calendar feeds", () => {
  it("shows the therapist's appointments with initials only, until the link is replaced or stopped", async () => {
    const startsAt = instantAt("2026-04-06", "10:00");
    await bookAppointment({ serviceSlug: "vervolgbehandeling", therapistSlug: "sanne-de-vries", startsAt, intake: intake({ email: "agenda@voorbeeld.test" }), idempotencyKey: "feed-key-0000000000001" }, now);
    const sanne = await sessionForEmail("sanne@keten.test");
    const first = (await renewOwnFeed(sanne))!;
    const feed = (await feedForToken(first, now))!.replace(/\r\n /g, "");
    expect(feed).toContain("METHOD:PUBLISH");
    expect(feed).toContain("DTSTART;TZID=Europe/Amsterdam:20260406T100000");
    expect(feed).toContain(`SUMMARY:Vervolgbehandeling · ${initials("Noor de Boer")}`);
    expect(feed).not.toContain("Noor de Boer");

    await db.update(practiceSettings).set({ calendarFullNames: true });
    expect(await feedForToken(first, now)).toContain("Noor de Boer");
    await db.update(practiceSettings).set({ calendarFullNames: false });

    const second = (await renewOwnFeed(sanne))!;
    expect(await feedForToken(first, now)).toBeNull();
    expect(await feedForToken(second, now)).toContain("BEGIN:VEVENT");
    // Joris's feed does not show Sanne's patients.
    const joris = (await renewOwnFeed(await sessionForEmail("joris@keten.test")))!;
    expect(await feedForToken(joris, now)).not.toContain("Vervolgbehandeling ·");
    await stopOwnFeed(sanne);
    expect(await feedForToken(second, now)).toBeNull();
    expect(await renewOwnFeed(await sessionForEmail("admin@keten.test"))).toBeNull();
  });

  it("gives a patient their own appointment as an .ics file, nobody else's", async () => {
    const noor = (await patientByEmail("agenda@voorbeeld.test"))!;
    const [appointment] = await db.select({ id: appointments.id }).from(appointments).where(eq(appointments.patientId, noor.id));
    const lotte = await sessionForEmail("patient@keten.test");
    expect(await ownAppointmentCalendar(lotte, appointment!.id)).toBeNull();
    const own = await ownAppointmentCalendar(await sessionForEmail("agenda@voorbeeld.test"), appointment!.id);
    expect(own).toContain("SUMMARY:Vervolgbehandeling bij Fysiopraktijk Keten");
    expect(initials("Lotte van Vliet")).toBe("L.v.V.");
  });
});
