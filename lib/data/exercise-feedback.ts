import "server-only";
import { and, count, eq, gte, inArray, isNotNull } from "drizzle-orm";
import type { Executor } from "@/db";
import { exerciseLogs } from "@/db/schema";
import { addDays, todayIn } from "@/lib/time/zone";

/**
 * How the patient rated each prescribed exercise in the last two weeks (te licht / goed / te zwaar), for the
 * therapist beside the dosage. Internal to lib/data: the caller already decided that staff may read the plan.
 */
export type EffortCounts = { tooLight: number; right: number; tooHeavy: number };

export async function effortCountsFor(executor: Executor, planExerciseIds: readonly string[], now = new Date()): Promise<Map<string, EffortCounts>> {
  const counts = new Map<string, EffortCounts>();
  if (planExerciseIds.length === 0) return counts;
  const rows = await executor
    .select({ planExerciseId: exerciseLogs.planExerciseId, effort: exerciseLogs.effort, n: count() })
    .from(exerciseLogs)
    .where(and(inArray(exerciseLogs.planExerciseId, [...planExerciseIds]), isNotNull(exerciseLogs.effort), eq(exerciseLogs.done, true), gte(exerciseLogs.logDate, addDays(todayIn(now), -13))))
    .groupBy(exerciseLogs.planExerciseId, exerciseLogs.effort);
  for (const row of rows) {
    if (!row.planExerciseId || !row.effort) continue;
    const entry = counts.get(row.planExerciseId) ?? { tooLight: 0, right: 0, tooHeavy: 0 };
    if (row.effort === "too_light") entry.tooLight += Number(row.n);
    else if (row.effort === "right") entry.right += Number(row.n);
    else entry.tooHeavy += Number(row.n);
    counts.set(row.planExerciseId, entry);
  }
  return counts;
}

/** "Laatste 2 weken: 2× te zwaar, 1× goed", or null without ratings. */
export function effortSummary(counts: EffortCounts | undefined): string | null {
  if (!counts) return null;
  const parts = [counts.tooHeavy ? `${counts.tooHeavy}× te zwaar` : null, counts.right ? `${counts.right}× goed` : null, counts.tooLight ? `${counts.tooLight}× te licht` : null].filter(Boolean);
  return parts.length ? `Patiënt, laatste 2 weken: ${parts.join(", ")}` : null;
}
