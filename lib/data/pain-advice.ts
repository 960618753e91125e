import "server-only";
import { defaultThresholds, type PainThresholds, type SessionScores } from "@/lib/plans/pain-rule";
import { phaseOn } from "@/lib/plans/sessions";
import type { LogRecord, PlanRecords } from "./internal/plan-records";

/**
 * The pain rule's inputs from stored logs: a session is a day's row (plan_exercise_id null) with its pain
 * during exercise and the next morning's score; the thresholds are those of the phase current that day.
 */
export function sessionScores(logs: readonly LogRecord[]): SessionScores[] {
  return logs.filter((l) => l.planExerciseId === null && l.done).map((l) => ({ date: l.date, during: l.painDuring, morning: l.painAfter }));
}

export function thresholdsByDate(records: PlanRecords): (date: string) => PainThresholds {
  return (date) => {
    const phase = phaseOn(records.phases, date) ?? records.phases.find((p) => p.status === "current");
    return phase ? { maxDuring: phase.painMaxDuring, maxMorning: phase.painMaxMorning } : defaultThresholds;
  };
}
