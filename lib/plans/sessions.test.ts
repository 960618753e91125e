import { describe, expect, it } from "vitest";
import { todayIn } from "@/lib/time/zone";
import { adherenceByWeek, doneThisWeek, phaseOn, plannedSessionsPerWeek, planWeekNumber, sessionDates, thisWeek, type PhaseSpan, type PrescribedExercise, type SessionLog } from "./sessions";

const log = (date: string, done = true, planExerciseId: string | null = null): SessionLog => ({ date, planExerciseId, done, painDuring: null, painAfter: null });

// A plan started on Wednesday 4 November 2026: phase 1 for a week and a half, then phase 2.
const phases: PhaseSpan[] = [
  { id: "p1", position: 1, startedOn: "2026-11-04", completedOn: "2026-11-12" },
  { id: "p2", position: 2, startedOn: "2026-11-12", completedOn: null },
  { id: "p3", position: 3, startedOn: null, completedOn: null },
];
const exercises: PrescribedExercise[] = [
  { id: "walk", phaseId: "p1", timesPerWeek: 7, removedOn: null },
  { id: "iso", phaseId: "p1", timesPerWeek: 7, removedOn: null },
  { id: "nordic", phaseId: "p2", timesPerWeek: 3, removedOn: null },
  { id: "feet", phaseId: "p2", timesPerWeek: 5, removedOn: "2026-11-20" },
  { id: "bridge", phaseId: "p2", timesPerWeek: 3, removedOn: null },
];

describe("planned sessions", () => {
  it("is the most frequent exercise of the phase, at most one a day", () => {
    expect(plannedSessionsPerWeek([{ timesPerWeek: 3 }, { timesPerWeek: 5 }])).toBe(5);
    expect(plannedSessionsPerWeek([{ timesPerWeek: 14 }])).toBe(7);
    expect(plannedSessionsPerWeek([])).toBe(0);
  });

  it("counts a day once however many logs it has, and skipped days not at all", () => {
    expect(sessionDates([log("2026-11-10"), log("2026-11-10", true, "nordic"), log("2026-11-11", false), log("2026-11-09")])).toEqual(["2026-11-09", "2026-11-10"]);
  });
});

describe("the phase of a day", () => {
  it("is the last phase started by then and not yet done", () => {
    expect(phaseOn(phases, "2026-11-03")).toBeNull();
    expect(phaseOn(phases, "2026-11-04")?.id).toBe("p1");
    expect(phaseOn(phases, "2026-11-11")?.id).toBe("p1");
    expect(phaseOn(phases, "2026-11-12")?.id).toBe("p2");
    expect(phaseOn(phases, "2027-01-01")?.id).toBe("p2");
  });
});

describe("adherence per week", () => {
  const logs = [
    log("2026-11-04"), log("2026-11-05"), log("2026-11-07"), // week of 2 Nov: 3 sessions in phase 1
    log("2026-11-10"), log("2026-11-12", true, "nordic"), log("2026-11-13", false), // week of 9 Nov: 2 done, 1 skipped
    log("2026-11-16"), log("2026-11-16", true, "nordic"), log("2026-11-18"), log("2026-11-20"), log("2026-11-21"), log("2026-11-22"), // 5
    log("2026-11-24"), // week in progress
    log("2026-11-01"), // before the plan: not counted
  ];
  const weeks = adherenceByWeek({ startedOn: "2026-11-04", today: "2026-11-25", phases, exercises, logs });

  it("has one entry per ISO week from the plan's start to today", () => {
    expect(weeks.map((w) => w.weekStart)).toEqual(["2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23"]);
    expect(weeks.map((w) => w.inProgress)).toEqual([false, false, false, true]);
  });

  it("plans by the phase current at the end of the week and the exercises prescribed that week", () => {
    expect(weeks.map((w) => w.phaseId)).toEqual(["p1", "p2", "p2", "p2"]);
    // Week of 9 Nov: phase 2 with the foot exercise (5×); from 23 Nov it was removed (3×).
    expect(weeks.map((w) => w.planned)).toEqual([7, 5, 5, 3]);
  });

  it("counts sessions done and caps the percentage at 100", () => {
    expect(weeks.map((w) => w.done)).toEqual([3, 2, 5, 1]);
    expect(weeks.map((w) => w.percentage)).toEqual([43, 40, 100, 33]);
  });

  it("says what this week looks like, also before the first log", () => {
    expect(thisWeek({ startedOn: "2026-11-04", today: "2026-11-25", phases, exercises, logs })).toMatchObject({ weekStart: "2026-11-23", done: 1, planned: 3 });
    expect(thisWeek({ startedOn: "2026-12-01", today: "2026-11-25", phases, exercises, logs: [] })).toMatchObject({ weekStart: "2026-11-23", done: 0, planned: 0, percentage: null });
  });

  it("counts one exercise's days this week", () => {
    expect(doneThisWeek(logs, "nordic", "2026-11-22")).toBe(1);
    expect(doneThisWeek(logs, "nordic", "2026-11-25")).toBe(0);
  });

  it("numbers the plan's weeks from its first ISO week", () => {
    expect(planWeekNumber("2026-11-04", "2026-11-08")).toBe(1);
    expect(planWeekNumber("2026-11-04", "2026-11-09")).toBe(2);
    expect(planWeekNumber("2026-11-04", "2026-11-03")).toBe(0);
  });

  it("starts a new week at midnight in Amsterdam, also on the nights the clocks change", () => {
    // 23:30 UTC on Sunday 25 October 2026 (clocks went back that night) is 00:30 on Monday in Amsterdam.
    const autumn = todayIn(new Date("2026-10-25T23:30:00Z"));
    expect(autumn).toBe("2026-10-26");
    expect(thisWeek({ startedOn: "2026-10-01", today: autumn, phases: [], exercises: [], logs: [] }).weekStart).toBe("2026-10-26");
    // 22:30 UTC on Sunday 29 March 2026 (summer time) is 00:30 on Monday.
    const spring = todayIn(new Date("2026-03-29T22:30:00Z"));
    expect(thisWeek({ startedOn: "2026-03-01", today: spring, phases: [], exercises: [], logs: [] }).weekStart).toBe("2026-03-30");
    expect(thisWeek({ startedOn: "2026-03-01", today: todayIn(new Date("2026-03-29T21:30:00Z")), phases: [], exercises: [], logs: [] }).weekStart).toBe("2026-03-23");
  });
});
