import type { AddressInfo } from "node:net";
import { createServer } from "node:http";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { outboxSms, patients } from "@/db/schema";
import { ForbiddenError } from "@/lib/auth/actor";
import { deliverSms, enqueueSms } from "@/lib/sms/outbox";
import { webhookSender } from "@/lib/sms/sender";
import { patientByEmail, seedPractice, sessionForEmail } from "@/tests/booking-support";
import { db, withTestDatabase } from "@/tests/test-database";
import { getOwnReminderPreferences, setOwnReminderPreferences } from "./reminder-preferences";

/** A patient turns e-mail reminders off and gives (and withdraws) consent for text messages, stored with its date. */
withTestDatabase();
beforeAll(seedPractice);

describe("reminder choices in the portal", () => {
  it("stores consent for text messages with its moment, only with a mobile number, and withdraws it", async () => {
    const session = await sessionForEmail("patient@keten.test");
    const patient = (await patientByEmail("patient@keten.test"))!;
    await db.update(patients).set({ phone: "030 123 45 67" }).where(eq(patients.id, patient.id));
    expect(await setOwnReminderPreferences(session, { byEmail: true, sms: true })).toEqual({ ok: false, reason: "no_mobile" });
    expect((await getOwnReminderPreferences(session)).smsConsentAt).toBeNull();

    await db.update(patients).set({ phone: "06 11 22 33 44" }).where(eq(patients.id, patient.id));
    const when = new Date("2026-04-01T10:00:00Z");
    expect(await setOwnReminderPreferences(session, { byEmail: false, sms: true }, when)).toEqual({ ok: true });
    expect(await getOwnReminderPreferences(session)).toMatchObject({ byEmail: false, smsConsentAt: when, canText: true });
    // Saving again keeps the original moment of consent.
    await setOwnReminderPreferences(session, { byEmail: false, sms: true }, new Date("2026-05-01T10:00:00Z"));
    expect((await getOwnReminderPreferences(session)).smsConsentAt).toEqual(when);
    await setOwnReminderPreferences(session, { byEmail: true, sms: false });
    expect(await getOwnReminderPreferences(session)).toMatchObject({ byEmail: true, smsConsentAt: null });
  });

  it("is the patient's own: staff cannot use it", async () => {
    const sanne = await sessionForEmail("sanne@keten.test");
    await expect(setOwnReminderPreferences(sanne, { byEmail: false, sms: false })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("the SMS sender", () => {
  it("posts the message to the configured provider once and marks it sent", async () => {
    const received: unknown[] = [];
    const server = createServer((req, res) => {
      let body = "";
      req.on("data", (chunk: Buffer) => (body += chunk.toString()));
      req.on("end", () => {
        received.push({ auth: req.headers.authorization, body: JSON.parse(body) as unknown });
        res.writeHead(202).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/berichten`;
    try {
      const id = await enqueueSms(db, { kind: "test", to: "+31611223344", body: "Tot straks!" });
      const sender = webhookSender(url, "geheim-token", "Keten");
      expect(await deliverSms(id, sender)).toBe("sent");
      expect(await deliverSms(id, sender)).toBe("already_sent");
      expect(received).toEqual([{ auth: "Bearer geheim-token", body: { from: "Keten", to: "+31611223344", text: "Tot straks!" } }]);
      const [row] = await db.select().from(outboxSms).where(eq(outboxSms.id, id));
      expect(row?.sentAt).not.toBeNull();
    } finally {
      server.close();
    }
  });
});
