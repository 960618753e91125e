import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { jobs, outboxEmails } from "@/db/schema";
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

const { enqueueEmail } = await import("./outbox");
const { jobHandlers } = await import("@/lib/jobs/handlers");
const { runDueJobs } = await import("@/lib/jobs/worker");
const deliver = (now?: Date) => runDueJobs(jobHandlers, { now: now ? () => now : undefined });

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

    const results = await Promise.all([runDueJobs(jobHandlers, { worker: "a", batch: 1 }), runDueJobs(jobHandlers, { worker: "b", batch: 1 })]);
    expect(results.reduce((n, r) => n + r.done, 0)).toBe(2);
    expect(received.map((m) => m.to[0]).sort()).toEqual(["joris@voorbeeld.test", "lotte@voorbeeld.test"]);
    const invite = received.find((m) => m.to[0] === "lotte@voorbeeld.test")!.raw;
    expect(invite).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/i);

    const pending = await db.select().from(outboxEmails);
    expect(pending.every((m) => m.sentAt !== null)).toBe(true);
    expect((await deliver()).done).toBe(0);
    expect(received).toHaveLength(2);
  });

  it("keeps a message it could not deliver and tries again later", async () => {
    const id = await enqueueEmail(db, { kind: "test", to: "later@voorbeeld.test", subject: "Later", text: "…" });
    const original = process.env.SMTP_URL;
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
    smtpOpen = false;
    const now = new Date();
    expect((await deliver(now)).retried).toBe(1);
    const [row] = await db.select().from(outboxEmails).where(eq(outboxEmails.id, id));
    expect(row?.sentAt).toBeNull();
    expect(row?.attempts).toBe(1);
    expect(row?.lastError).toBeTruthy();
    const [job] = await db.select().from(jobs).where(eq(jobs.dedupeKey, `mail:${id}`));
    expect(job?.status).toBe("queued");
    expect(job?.lastError).toMatch(/later@voorbeeld.test/);
    expect(job!.runAt.getTime()).toBeGreaterThan(now.getTime());
    // Not retried before its time.
    expect((await deliver(now)).retried + (await deliver(now)).done).toBe(0);
    process.env.SMTP_URL = original;
  });
});
