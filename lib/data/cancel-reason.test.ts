import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { outboxEmails } from "@/db/schema";
import { instantAt } from "@/lib/time/zone";
import { cancelReasonFrom } from "@/lib/validation/cancel";
import { intake, seedPractice, sessionForEmail } from "@/tests/booking-support";
import { db, withTestDatabase } from "@/tests/test-database";
import { cancelAppointment } from "./appointment-changes";
import { bookAppointment } from "./booking";
import { listAgenda } from "./staff/agenda";

withTestDatabase();
beforeAll(seedPractice);

// Issue 12, point 17: the reason a patient gives when cancelling is kept and shown to the therapist.
const now = new Date("2026-03-25T09:00:00Z");

async function bookAndToken(email: string, time: string, key: string) {
  await bookAppointment({ serviceSlug: "vervolgbehandeling", therapistSlug: "sanne-de-vries", startsAt: instantAt("2026-03-30", time), intake: intake({ email }), idempotencyKey: key }, now);
  const [mail] = await db.select().from(outboxEmails).where(eq(outboxEmails.toAddress, email)).orderBy(sql`${outboxEmails.createdAt} desc`);
  return /\/afspraak\/beheer\/([A-Za-z0-9_-]{43})/.exec(mail!.textBody)![1]!;
}

describe("cancelling with a reason", () => {
  it("keeps the reason and shows it in the therapist's agenda; without one it says so", async () => {
    const withReason = await bookAndToken("reden@voorbeeld.test", "10:00", "key-reason-0000000001");
    const without = await bookAndToken("geenreden@voorbeeld.test", "13:00", "key-reason-0000000002");
    expect(await cancelAppointment({ via: "token", token: withReason }, now, "Ik ben ziek geworden.")).toEqual({ status: "cancelled" });
    expect(await cancelAppointment({ via: "token", token: without }, now, null)).toEqual({ status: "cancelled" });

    const agenda = await listAgenda(await sessionForEmail("sanne@keten.test"), { fromDate: "2026-03-30", toDate: "2026-03-30", includeCancelled: true }, now);
    const cancelled = agenda.entries.filter((entry) => entry.status === "cancelled");
    expect(cancelled.map((entry) => entry.cancellationReason)).toEqual(["Ik ben ziek geworden.", null]);
  });

  it("cleans the reason and refuses one that is too long, in Dutch", () => {
    const form = (value: string) => {
      const data = new FormData();
      data.set("reden", value);
      return data;
    };
    expect(cancelReasonFrom(form("  te laat\u0000 wakker  "))).toEqual({ reason: "te laat wakker" });
    expect(cancelReasonFrom(new FormData())).toEqual({ reason: null });
    expect(cancelReasonFrom(form("x".repeat(501)))).toEqual({ error: "Gebruik hooguit 500 tekens voor de reden." });
  });
});
