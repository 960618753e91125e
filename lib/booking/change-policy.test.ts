import { describe, expect, it } from "vitest";
import { changeDecision } from "./change-policy";

const start = new Date("2026-10-26T09:00:00Z");
const hoursBefore = (h: number) => new Date(start.getTime() - h * 3_600_000);

describe("who may still change an appointment", () => {
  it("allows it up to the cut-off, and not a minute later", () => {
    expect(changeDecision({ status: "confirmed", startsAt: start }, hoursBefore(24), 24)).toEqual({ allowed: true });
    expect(changeDecision({ status: "confirmed", startsAt: start }, new Date(hoursBefore(24).getTime() + 60_000), 24)).toEqual({ allowed: false, reason: "too_late" });
  });

  it("counts real hours across the clock change (25 October has 25 hours)", () => {
    // 24 real hours before Monday 10:00 CET is Sunday 11:00 CET (the clocks went back that night).
    expect(changeDecision({ status: "confirmed", startsAt: start }, new Date("2026-10-25T09:00:00Z"), 24)).toEqual({ allowed: true });
  });

  it("refuses cancelled, past and finished appointments", () => {
    expect(changeDecision({ status: "cancelled", startsAt: start }, hoursBefore(48), 24)).toEqual({ allowed: false, reason: "cancelled" });
    expect(changeDecision({ status: "confirmed", startsAt: start }, new Date(start.getTime() + 1), 24)).toEqual({ allowed: false, reason: "past" });
    expect(changeDecision({ status: "attended", startsAt: start }, new Date(start.getTime() + 1), 24)).toEqual({ allowed: false, reason: "past" });
    expect(changeDecision({ status: "no_show", startsAt: start }, hoursBefore(48), 24)).toEqual({ allowed: false, reason: "closed" });
  });
});
