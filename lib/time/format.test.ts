import { describe, expect, it } from "vitest";
import { formatCalendarDate, formatCount, formatDate, formatDateTime, formatMinutes, formatTime } from "./format";

describe("Dutch formatting", () => {
  it("says minutes below an hour and for uneven durations, hours for whole hours", () => {
    expect(formatMinutes(30)).toBe("30 minuten");
    expect(formatMinutes(90)).toBe("90 minuten");
    expect(formatMinutes(60)).toBe("1 uur");
    expect(formatMinutes(120)).toBe("2 uur");
  });

  it("shows instants on the Amsterdam wall clock, in Dutch", () => {
    const instant = new Date("2026-03-30T07:30:00Z");
    expect(formatDate(instant)).toBe("maandag 30 maart 2026");
    expect(formatTime(instant)).toBe("09:30");
    expect(formatDateTime(instant)).toBe("maandag 30 maart 2026 om 09:30");
    expect(formatTime(new Date("2026-10-25T08:00:00Z"))).toBe("09:00");
  });

  it("shows calendar dates without shifting them", () => {
    expect(formatCalendarDate("2026-11-22")).toBe("zondag 22 november 2026");
  });
});

// Issue 12, point 18: the numeral one is "één", so "één tijd vrij" is not read as "a time free".
describe("counts", () => {
  it("writes one as 'één' and other counts in digits with the plural", () => {
    expect(`${formatCount(1, "tijd", "tijden")} vrij`).toBe("één tijd vrij");
    expect(`${formatCount(2, "tijd", "tijden")} vrij`).toBe("2 tijden vrij");
    expect(formatCount(0, "afspraak", "afspraken")).toBe("0 afspraken");
    expect(formatCount(12, "patiënt", "patiënten")).toBe("12 patiënten");
  });
});
