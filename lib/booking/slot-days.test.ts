import { describe, expect, it } from "vitest";
import { instantAt } from "@/lib/time/zone";
import { pickerView } from "./slot-days";

const zone = "Europe/Amsterdam";
const slot = (date: string, time: string) => ({ start: instantAt(date, time, zone).getTime(), therapistIds: ["t"] });
const slots = [slot("2026-03-31", "09:00"), slot("2026-03-31", "10:00"), slot("2026-04-09", "14:00")];

describe("the day-and-time picker", () => {
  it("opens on the first week and day with a free time", () => {
    const view = pickerView(slots, zone, "2026-03-27", "2026-05-22", {});
    expect(view.weekStart).toBe("2026-03-30");
    expect(view.selectedDay).toBe("2026-03-31");
    expect(view.times).toHaveLength(2);
    expect(view.days.map((d) => d.count)).toEqual([0, 2, 0, 0, 0, 0, 0]);
    expect(view.previousWeek).toBe("2026-03-23");
    expect(view.nextWeek).toBe("2026-04-06");
  });

  it("shows a chosen week and day, and stays within today … the horizon", () => {
    expect(pickerView(slots, zone, "2026-03-27", "2026-05-22", { day: "2026-04-09" })).toMatchObject({ weekStart: "2026-04-06", selectedDay: "2026-04-09" });
    expect(pickerView(slots, zone, "2026-03-27", "2026-05-22", { week: "2026-01-05" }).previousWeek).toBeNull();
    expect(pickerView(slots, zone, "2026-03-27", "2026-05-22", { week: "2026-09-07" })).toMatchObject({ weekStart: "2026-05-18", nextWeek: null, selectedDay: null });
    expect(pickerView([], zone, "2026-03-27", "2026-05-22", {}).hasAny).toBe(false);
  });

  it("says which days are gone by or not yet bookable, so they are not called full (issue 12, point 16)", () => {
    // Friday 27 March: Monday to Thursday of this week are past, Friday and the weekend are simply full.
    const view = pickerView([slot("2026-03-31", "09:00")], zone, "2026-03-27", "2026-03-28", { week: "2026-03-23" });
    expect(view.days.map((d) => d.state)).toEqual(["past", "past", "past", "past", "full", "full", "beyond"]);
  });
});
