import { and, eq, ne } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { appointments, users } from "@/db/schema";
import { instantAt } from "@/lib/time/zone";
import { intake, seedPractice, therapistId } from "@/tests/booking-support";
import { db, withTestDatabase } from "@/tests/test-database";
import { bookAppointment } from "./booking";

/**
 * Many visitors press "confirm" for the same time at once. Against a real PostgreSQL server (DATABASE_URL)
 * the attempts run on separate connections and truly interleave; on the embedded database they queue.
 */
const database = withTestDatabase();
const now = new Date("2026-03-25T09:00:00Z");
const slot = instantAt("2026-03-30", "10:00");

beforeAll(seedPractice);

describe("50 concurrent bookings of one slot", () => {
  it("confirm exactly one; the other 49 are told the time was taken; nothing fails", async () => {
    const attempts = Array.from({ length: 50 }, (_, i) =>
      bookAppointment(
        {
          serviceSlug: "bewegingsketenanalyse",
          therapistSlug: "sanne-de-vries",
          startsAt: slot,
          intake: intake({ email: `bezoeker${i}@voorbeeld.test`, fullName: `Bezoeker ${i}` }),
          idempotencyKey: `key-concurrent-${String(i).padStart(6, "0")}`,
        },
        now,
      ).then(
        (outcome) => outcome.status,
        (error: unknown) => `error: ${error instanceof Error ? error.message : String(error)}`,
      ),
    );
    const results = await Promise.all(attempts);
    const count = (status: string) => results.filter((r) => r === status).length;
    expect({ booked: count("booked"), taken: count("taken"), other: results.filter((r) => r !== "booked" && r !== "taken") }).toEqual({
      booked: 1,
      taken: 49,
      other: [],
    });

    const rows = await db
      .select({ id: appointments.id })
      .from(appointments)
      .where(and(eq(appointments.therapistId, await therapistId("sanne-de-vries")), eq(appointments.startsAt, slot), ne(appointments.status, "cancelled")));
    expect(rows).toHaveLength(1);
    // The 49 who were turned away left no account behind.
    const visitors = await db.select({ email: users.email }).from(users);
    expect(visitors.filter((u) => u.email.startsWith("bezoeker"))).toHaveLength(1);
    console.log(`50 concurrent attempts on ${database.kind()}: ${count("booked")} booked, ${count("taken")} taken`);
  });
});
