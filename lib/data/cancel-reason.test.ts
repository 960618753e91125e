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

async function cancelledReasons(time: string) {
  const agenda = await listAgenda(await sessionForEmail("sanne@keten.test"), { fromDate: "2026-03-30", toDate: "2026-03-30", includeCancelled: true }, now);
  return agenda.entries.filter((entry) => entry.status === "cancelled" && entry.startsAt.getTime() === instantAt("2026-03-30", time).getTime()).map((entry) => entry.cancellationReason);
}

describe("a cancelled appointment in the therapist's agenda", () => {
  it("says why the patient cancelled", async () => {
    const token = await bookAndToken("reden@voorbeeld.test", "10:00", "key-reason-0000000001");
    expect(await cancelAppointment({ via: "token", token }, now, { reason: "ziek", note: "" })).toEqual({ status: "cancelled" });
    expect(await cancelledReasons("10:00")).toEqual(["Ik ben ziek of heb koorts"]);
  });

  it("shows the patient's own words next to the chosen reason", async () => {
    const token = await bookAndToken("toelichting@voorbeeld.test", "11:00", "key-reason-0000000002");
    expect(await cancelAppointment({ via: "token", token }, now, { reason: "verhinderd", note: "  De auto is kapot.  " })).toEqual({ status: "cancelled" });
    expect(await cancelledReasons("11:00")).toEqual(["Ik ben verhinderd (werk, familie, vervoer) — ‘De auto is kapot.’"]);
  });

  it("cancels without a reason: the reason is optional, and the therapist sees none", async () => {
    const token = await bookAndToken("zonder-reden@voorbeeld.test", "12:00", "key-reason-0000000003");
    expect(await cancelAppointment({ via: "token", token }, now, { reason: null, note: "" })).toEqual({ status: "cancelled" });
    expect(await cancelledReasons("12:00")).toEqual([null]);
  });
});
