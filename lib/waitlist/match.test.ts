import { describe, expect, it } from "vitest";
import { instantAt } from "@/lib/time/zone";
import { dayPartOf, suits } from "./match";

describe("which waiters a freed time suits", () => {
  const entry = { therapistId: null, weekdays: [1, 3], dayParts: ["morning"], untilDate: "2027-05-31" };
  it("matches therapist, weekday, part of the day and the last day, on the local clock", () => {
    const monday9 = { therapistId: "t1", startsAt: instantAt("2027-05-10", "09:00") };
    expect(suits(entry, monday9, "Europe/Amsterdam")).toBe(true);
    expect(suits({ ...entry, therapistId: "t2" }, monday9, "Europe/Amsterdam")).toBe(false);
    expect(suits(entry, { therapistId: "t1", startsAt: instantAt("2027-05-11", "09:00") }, "Europe/Amsterdam")).toBe(false); // Tuesday
    expect(suits(entry, { therapistId: "t1", startsAt: instantAt("2027-05-10", "13:00") }, "Europe/Amsterdam")).toBe(false); // afternoon
    expect(suits(entry, { therapistId: "t1", startsAt: instantAt("2027-06-07", "09:00") }, "Europe/Amsterdam")).toBe(false); // after the last day
    expect([dayPartOf(11 * 60 + 59), dayPartOf(12 * 60), dayPartOf(17 * 60)]).toEqual(["morning", "afternoon", "evening"]);
  });
});
