import "server-only";
import { db } from "@/db";
import type { SessionLike } from "@/lib/auth/actor";
import { painDirection, painTrend, type PainPoint } from "@/lib/plans/pain";
import { adherenceByWeek, type WeekAdherence } from "@/lib/plans/sessions";
import { todayIn } from "@/lib/time/zone";
import { loadPlanLogs, loadPlanRecords } from "./internal/plan-records";
import { patientScope } from "./patient-scope";

/**
 * Progress over time on the patient's current (or most recent) plan: sessions done against planned per
 * week, the pain trend, and the logs behind them. A patient gets their own; staff name the patient and the
 * access is audited. Null when the named patient may not be read (or does not exist).
 */
export type ProgressLog = { date: string; exerciseName: string | null; phaseTitle: string; done: boolean; painDuring: number | null; painAfter: number | null; note: string };

export type Progress = {
  plan: { id: string; title: string; startedOn: string } | null;
  weeks: WeekAdherence[];
  pain: PainPoint[];
  direction: ReturnType<typeof painDirection>;
  /** Newest first. */
  logs: ProgressLog[];
};

export async function getProgress(session: SessionLike, patientId?: string, now = new Date()): Promise<Progress | null> {
  const scope = await patientScope(session, patientId, { action: "read_progress", recordType: "exercise_logs" });
  if (!scope) return null;
  const records = await loadPlanRecords(db, scope.patientId, "latest");
  if (!records) return { plan: null, weeks: [], pain: [], direction: null, logs: [] };

  const logs = await loadPlanLogs(db, scope.patientId, records.plan.id);
  // A plan that ended is measured up to its last day.
  const today = records.plan.endedOn && records.plan.endedOn < todayIn(now) ? records.plan.endedOn : todayIn(now);
  const pain = painTrend(logs);
  const names = new Map(records.exercises.map((e) => [e.id, e.name]));
  const phaseTitles = new Map(records.phases.map((p) => [p.id, p.title]));
  return {
    plan: { id: records.plan.id, title: records.plan.title, startedOn: records.plan.startedOn },
    weeks: adherenceByWeek({ startedOn: records.plan.startedOn, today, phases: records.phases, exercises: records.exercises, logs }),
    pain,
    direction: painDirection(pain),
    logs: logs
      .map((log) => ({
        date: log.date,
        exerciseName: log.planExerciseId ? (names.get(log.planExerciseId) ?? null) : null,
        phaseTitle: phaseTitles.get(log.phaseId) ?? "",
        done: log.done,
        painDuring: log.painDuring,
        painAfter: log.painAfter,
        note: log.note,
      }))
      .reverse(),
  };
}
