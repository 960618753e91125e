import { describe, expect, it } from "vitest";
import { blocksCollide, blockStatus, collidingBlocks, type WeeklyBlock } from "./weekly-blocks";

const block = (over: Partial<WeeklyBlock> = {}): WeeklyBlock => ({ weekday: 1, startTime: "08:30", endTime: "12:00", validFrom: "2026-01-01", validTo: null, ...over });

describe("weekly blocks", () => {
  it("collide when the same weekday's times overlap while both are valid", () => {
    expect(blocksCollide(block(), block({ startTime: "11:00:00", endTime: "13:00:00" }))).toBe(true);
    expect(blocksCollide(block(), block({ startTime: "09:00", endTime: "10:00" }))).toBe(true);
  });

  it("do not collide when they only touch, fall on another day, or are valid in separate periods", () => {
    expect(blocksCollide(block(), block({ startTime: "12:00", endTime: "17:00" }))).toBe(false);
    expect(blocksCollide(block(), block({ weekday: 2 }))).toBe(false);
    expect(blocksCollide(block({ validTo: "2026-04-05" }), block({ validFrom: "2026-04-06" }))).toBe(false);
    expect(blocksCollide(block({ validTo: "2026-04-06" }), block({ validFrom: "2026-04-06" }))).toBe(true);
  });

  it("lists only the colliding ones", () => {
    const existing = [block({ startTime: "13:00", endTime: "17:00" }), block({ startTime: "07:00", endTime: "09:00" })];
    expect(collidingBlocks(block(), existing)).toEqual([existing[1]]);
  });

  it("knows which blocks are history, current or still to come", () => {
    expect(blockStatus(block({ validTo: "2026-03-31" }), "2026-04-01")).toBe("ended");
    expect(blockStatus(block({ validTo: "2026-04-01" }), "2026-04-01")).toBe("current");
    expect(blockStatus(block({ validFrom: "2026-04-02" }), "2026-04-01")).toBe("upcoming");
  });
});
