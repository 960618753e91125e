import { describe, expect, it } from "vitest";
import { clock, freeTime, gridSpan } from "./grid";

describe("the agenda's time grid", () => {
  it("shows free time between appointments within working hours, not gaps shorter than a quarter", () => {
    const hours = [{ start: 510, end: 1020 }]; // 08:30–17:00
    const busy = [
      { start: 510, end: 570 },
      { start: 580, end: 610 },
      { start: 720, end: 750 },
    ];
    expect(freeTime(hours, busy).map((f) => `${clock(f.start)}–${clock(f.end)}`)).toEqual(["10:10–12:00", "12:30–17:00"]);
  });

  it("has no free time outside working hours, and a whole free day when nothing is booked", () => {
    expect(freeTime([], [{ start: 600, end: 630 }])).toEqual([]);
    expect(freeTime([{ start: 780, end: 1260 }], [])).toEqual([{ start: 780, end: 1260 }]);
  });

  it("spans at least 08:00–18:00 and widens to every block on whole hours", () => {
    expect(gridSpan([{ hours: [{ start: 510, end: 1020 }], appointments: [] }])).toEqual({ from: 480, to: 1080 });
    expect(gridSpan([{ hours: [{ start: 780, end: 1260 }], appointments: [{ start: 330, end: 390 }] }])).toEqual({ from: 300, to: 1260 });
  });
});
