import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { outboxEmails } from "@/db/schema";
import { db, withTestDatabase } from "@/tests/test-database";

// A real SMTP server on loopback receives what the outbox delivers.
const received: { to: string[]; raw: string }[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  onData(stream, session, callback) {
    let raw = "";
    stream.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
    stream.on("end", () => {
      received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
      callback();
    });
  },
});
await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
process.env.SMTP_URL = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;

const { deliverPendingEmails, enqueueEmail, retryDelayMinutes } = await import("./outbox");

withTestDatabase();

let smtpOpen = true;
afterAll(() => (smtpOpen ? new Promise<void>((resolve) => smtp.close(() => resolve())) : undefined));
beforeEach(() => {
  received.length = 0;
});

describe("the e-mail outbox", () => {
  it("delivers each pending message once, with its calendar invite, even when two instances deliver at once", async () => {
    await enqueueEmail(db, {
      kind: "test",
      to: "lotte@voorbeeld.test",
      subject: "Je afspraak",
      text: "Tot dan!",
      ics: { content: "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n", method: "REQUEST" },
    });
    await enqueueEmail(db, { kind: "test", to: "joris@voorbeeld.test", subject: "Hallo", text: "Tekst" });

    const results = await Promise.all([deliverPendingEmails(), deliverPendingEmails()]);
    expect(results.reduce((n, r) => n + r.sent, 0)).toBe(2);
    expect(received.map((m) => m.to[0]).sort()).toEqual(["joris@voorbeeld.test", "lotte@voorbeeld.test"]);
    const invite = received.find((m) => m.to[0] === "lotte@voorbeeld.test")!.raw;
    expect(invite).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/i);

    const pending = await db.select().from(outboxEmails);
    expect(pending.every((m) => m.sentAt !== null)).toBe(true);
    expect(await deliverPendingEmails()).toEqual({ sent: 0, failed: 0 });
  });

  it("keeps a message it could not deliver and tries again later", async () => {
    const id = await enqueueEmail(db, { kind: "test", to: "later@voorbeeld.test", subject: "Later", text: "…" });
    const original = process.env.SMTP_URL;
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
    smtpOpen = false;
    const now = new Date();
    expect(await deliverPendingEmails(20, now)).toEqual({ sent: 0, failed: 1 });
    const [row] = await db.select().from(outboxEmails).where(eq(outboxEmails.id, id));
    expect(row?.sentAt).toBeNull();
    expect(row?.attempts).toBe(1);
    expect(row?.lastError).toBeTruthy();
    expect(row!.nextAttemptAt.getTime()).toBeGreaterThan(now.getTime());
    // Not retried before its time.
    expect(await deliverPendingEmails(20, now)).toEqual({ sent: 0, failed: 0 });
    process.env.SMTP_URL = original;
  });

  it("backs off exponentially up to a day", () => {
    expect([1, 2, 3, 4, 12, 20].map(retryDelayMinutes)).toEqual([1, 2, 4, 8, 1440, 1440]);
  });
});
