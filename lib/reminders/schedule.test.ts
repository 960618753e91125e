import { describe, expect, it } from "vitest";
import { mobileNumber, planReminders } from "./schedule";

const rules = { timeZone: "Europe/Amsterdam", reminderHoursBefore: 48, eveningReminderHour: 19, shortReminderHours: 3 };
const iso = (plan: ReturnType<typeof planReminders>) => plan.map((p) => `${p.kind} ${p.at.toISOString()}`);

describe("when reminders go out", () => {
  it("48 hours before on the wall clock, also across the spring change (28 March 2027)", () => {
    // Monday 29 March 2027, 09:00 summer time (07:00 UTC): the e-mail on Saturday 27 March at 09:00 winter time.
    const plan = planReminders(new Date("2027-03-29T07:00:00Z"), new Date("2027-03-20T12:00:00Z"), rules);
    expect(iso(plan)).toEqual(["email 2027-03-27T08:00:00.000Z", "short 2027-03-29T04:00:00.000Z"]);
  });

  it("48 hours before on the wall clock across the autumn change (31 October 2027)", () => {
    // Monday 1 November 2027, 09:00 winter time (08:00 UTC): the e-mail on Saturday 30 October at 09:00 summer time.
    const plan = planReminders(new Date("2027-11-01T08:00:00Z"), new Date("2027-10-20T12:00:00Z"), rules);
    expect(iso(plan)).toEqual(["email 2027-10-30T07:00:00.000Z", "short 2027-11-01T05:00:00.000Z"]);
  });

  it("a booking made later gets its e-mail the evening before, at 19:00 local, also on the night of the change", () => {
    // Booked Saturday 27 March 2027 for Monday 29 March 10:00 (08:00 UTC): Sunday 28 March 19:00 summer time.
    const plan = planReminders(new Date("2027-03-29T08:00:00Z"), new Date("2027-03-27T10:00:00Z"), rules);
    expect(iso(plan)[0]).toBe("email 2027-03-28T17:00:00.000Z");
    // Booked on Saturday 30 October for Monday 1 November: Sunday 31 October 19:00 winter time (18:00 UTC).
    expect(iso(planReminders(new Date("2027-11-01T09:00:00Z"), new Date("2027-10-30T10:00:00Z"), rules))[0]).toBe("email 2027-10-31T18:00:00.000Z");
  });

  it("skips moments that have passed and what the practice turned off", () => {
    // Booked at 20:00 for tomorrow 09:00: the evening is gone; only the short one is left.
    expect(iso(planReminders(new Date("2027-05-11T07:00:00Z"), new Date("2027-05-10T18:00:00Z"), rules))).toEqual(["short 2027-05-11T04:00:00.000Z"]);
    expect(planReminders(new Date("2027-05-11T07:00:00Z"), new Date("2027-05-11T06:00:00Z"), rules)).toEqual([]);
    expect(planReminders(new Date("2027-05-20T07:00:00Z"), new Date("2027-05-01T00:00:00Z"), { ...rules, reminderHoursBefore: 0, shortReminderHours: 0 })).toEqual([]);
  });

  it("texts only numbers that can receive a text", () => {
    expect(mobileNumber("06-12345678")).toBe("+31612345678");
    expect(mobileNumber("+31 6 1234 5678")).toBe("+31612345678");
    expect(mobileNumber("030 123 45 67")).toBeNull();
    expect(mobileNumber(null)).toBeNull();
  });
});
