import "server-only";
import { and, asc, eq, gte, isNull, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import { exerciseLogs, planPhases } from "@/db/schema";
import { adviseSessions, therapistFlag, type PainThresholds, type TherapistFlag } from "@/lib/plans/pain-rule";
import { addDays } from "@/lib/time/zone";

/**
 * The pain rule's flag for the therapist, for several patients in one query: the sessions (the day's rows)
 * of the last four weeks, each judged against the limits of the phase it was logged in. Internal to
 * lib/data: the caller has already decided that staff may see these patients (agenda, patient record).
 */
export async function painFlagsFor(executor: Executor, patientIds: readonly string[], today: string): Promise<Map<string, TherapistFlag>> {
  const flags = new Map<string, TherapistFlag>();
  if (patientIds.length === 0) return flags;
  const rows = await executor
    .select({
      patientId: exerciseLogs.patientId,
      date: exerciseLogs.logDate,
      during: exerciseLogs.painDuring,
      morning: exerciseLogs.painAfter,
      maxDuring: planPhases.painMaxDuring,
      maxMorning: planPhases.painMaxMorning,
    })
    .from(exerciseLogs)
    .innerJoin(planPhases, eq(planPhases.id, exerciseLogs.phaseId))
    .where(
      and(
        // One array parameter, not one parameter per patient: a week's agenda asks for 500+ patients, and
        // binding that many parameters cost PGlite more than the lookups (npm run bench, clinical).
        sql`${exerciseLogs.patientId} = any(${`{${[...new Set(patientIds)].join(",")}}`}::uuid[])`,
        isNull(exerciseLogs.planExerciseId),
        eq(exerciseLogs.done, true),
        gte(exerciseLogs.logDate, addDays(today, -28)),
      ),
    )
    .orderBy(asc(exerciseLogs.logDate));
  const byPatient = new Map<string, typeof rows>();
  for (const row of rows) {
    const sessions = byPatient.get(row.patientId);
    if (sessions) sessions.push(row);
    else byPatient.set(row.patientId, [row]);
  }
  for (const [patientId, sessions] of byPatient) {
    const limits = new Map<string, PainThresholds>(sessions.map((s) => [s.date, { maxDuring: s.maxDuring, maxMorning: s.maxMorning }]));
    const judged = adviseSessions(sessions, (date) => limits.get(date)!);
    const flag = therapistFlag(judged, today, addDays);
    if (flag) flags.set(patientId, flag);
  }
  return flags;
}
