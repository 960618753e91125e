import { beforeAll, describe, expect, it } from "vitest";
import { availabilityExceptions } from "@/db/schema";
import { instantAt } from "@/lib/time/zone";
import { seedPractice, therapistId } from "@/tests/booking-support";
import { db, withTestDatabase } from "@/tests/test-database";
import { firstShortNoticeTimes } from "./short-notice";

/**
 * The self-check's urgent advice lists the first free times. Within two days when there are any; when a
 * Friday evening's only option (Joris's Saturday morning) is gone, the first times after it, marked as such,
 * instead of no times at all (what a browser run on a Friday night found).
 */
withTestDatabase();
beforeAll(seedPractice);

// Friday 27 March 2026, 18:00 in Amsterdam: Sanne has gone home; twelve hours' notice leaves Saturday morning.
const fridayEvening = instantAt("2026-03-27", "18:00");

describe("the first short-notice times", () => {
  it("are the shortest treatment's first free times within two days, with anyone", async () => {
    const result = await firstShortNoticeTimes(fridayEvening);
    expect(result?.serviceName).toBe("Vervolgbehandeling");
    expect(result?.withinTwoDays).toBe(true);
    expect(result?.times.map((t) => t.startsAt)).toEqual([instantAt("2026-03-28", "09:00"), instantAt("2026-03-28", "09:15"), instantAt("2026-03-28", "09:30")]);
    expect(result?.times[0]?.href).toMatch(/^\/afspraak\?dienst=vervolgbehandeling&.*tijd=2026-03-28T08%3A00%3A00.000Z/);
  });

  it("are the first times after those two days, marked as such, when the two days are full", async () => {
    await db.insert(availabilityExceptions).values({
      therapistId: await therapistId("joris-bakker"),
      kind: "absence",
      startsAt: instantAt("2026-03-28", "00:00"),
      endsAt: instantAt("2026-03-29", "00:00"),
      reason: "cursus",
    });
    const result = await firstShortNoticeTimes(fridayEvening);
    expect(result?.withinTwoDays).toBe(false);
    expect(result?.times).toHaveLength(3);
    // Monday: Sanne from 08:30, Joris from 13:00.
    expect(result?.times[0]?.startsAt).toEqual(instantAt("2026-03-30", "08:30"));
  });
});
