import { describe, expect, it } from "vitest";
import { formatPrice, practiceOpeningHours } from "./practice-hours";

const block = (weekday: number, startTime: string, endTime: string, validFrom = "2026-01-01", validTo: string | null = null) => ({ weekday, startTime, endTime, validFrom, validTo });

describe("the practice's opening hours from the therapists' weekly blocks", () => {
  it("merges overlapping and touching blocks of different therapists into one range per day, Monday first", () => {
    const days = practiceOpeningHours(
      [block(1, "08:30:00", "17:00:00"), block(1, "13:00:00", "21:00:00"), block(4, "12:00:00", "20:00:00"), block(4, "08:00:00", "12:00:00"), block(5, "08:30", "10:00"), block(5, "14:00", "16:00")],
      "2026-03-25",
    );
    expect(days.map((day) => day.name)).toEqual(["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]);
    expect(days[0]!.ranges).toEqual([{ start: "08:30", end: "21:00" }]);
    expect(days[3]!.ranges).toEqual([{ start: "08:00", end: "20:00" }]);
    // A gap stays a gap: two ranges.
    expect(days[4]!.ranges).toEqual([
      { start: "08:30", end: "10:00" },
      { start: "14:00", end: "16:00" },
    ]);
    expect(days[6]!.ranges).toEqual([]);
  });

  it("shows only the blocks in force today: not ended ones, not ones that start later", () => {
    const days = practiceOpeningHours([block(2, "09:00", "12:00", "2025-01-01", "2026-03-01"), block(2, "13:00", "17:00", "2026-04-01"), block(3, "10:00", "11:00", "2026-03-25")], "2026-03-25");
    expect(days[1]!.ranges).toEqual([]);
    expect(days[2]!.ranges).toEqual([{ start: "10:00", end: "11:00" }]);
  });
});

describe("prices", () => {
  it("are shown in euros the Dutch way, and an unpublished price is null", () => {
    expect(formatPrice(7950)?.replace(/\s/g, " ")).toBe("€ 79,50");
    expect(formatPrice(4200)?.replace(/\s/g, " ")).toBe("€ 42,00");
    expect(formatPrice(null)).toBeNull();
  });
});
