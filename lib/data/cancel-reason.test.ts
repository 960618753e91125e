import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { outboxEmails } from "@/db/schema";
import { instantAt } from "@/lib/time/zone";
import { intake, seedPractice, sessionForEmail } from "@/tests/booking-support";
import { db, withTestDatabase } from "@/tests/test-database";
import { cancelAppointment } from "./appointment-changes";
import { bookAppointment } from "./booking";
import { listAgenda } from "./staff/agenda";

withTestDatabase();
beforeAll(seedPractice);

// Issue 12, point 17: the reason a patient gives when cancelling is shown to the therapist, in words.
const now = new Date("2026-03-25T09:00:00Z");

async function bookAndToken(email: string, time: string, key: string) {
  await bookAppointment({ serviceSlug: "vervolgbehandeling", therapistSlug: "sanne-de-vries", startsAt: instantAt("2026-03-30", time), intake: intake({ email }), idempotencyKey: key }, now);
  const [mail] = await db.select().from(outboxEmails).where(eq(outboxEmails.toAddress, email)).orderBy(sql`${outboxEmails.createdAt} desc`);
  return /\/afspraak\/beheer\/([A-Za-z0-9_-]{43})/.exec(mail!.textBody)![1]!;
}

describe("a cancelled appointment in the therapist's agenda", () => {
  it("says why the patient cancelled", async () => {
    const token = await bookAndToken("reden@voorbeeld.test", "10:00", "key-reason-0000000001");
    expect(await cancelAppointment({ via: "token", token }, now, "ziek")).toEqual({ status: "cancelled" });
    const agenda = await listAgenda(await sessionForEmail("sanne@keten.test"), { fromDate: "2026-03-30", toDate: "2026-03-30", includeCancelled: true }, now);
    const cancelled = agenda.entries.filter((entry) => entry.status === "cancelled");
    expect(cancelled.map((entry) => entry.cancellationReason)).toEqual(["Ik ben ziek of heb koorts"]);
  });
});
