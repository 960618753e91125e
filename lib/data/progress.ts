import "server-only";
import { and, asc, eq, gte, inArray } from "drizzle-orm";
import { db } from "@/db";
import { appointments, exercises, patients } from "@/db/schema";
import type { SessionLike } from "@/lib/auth/actor";
import { painDirection, painTrend, type PainPoint } from "@/lib/plans/pain";
import { adviseSessions } from "@/lib/plans/pain-rule";
import { sessionRows, type SessionRow } from "@/lib/plans/session-rows";
import { adherenceByWeek, type WeekAdherence } from "@/lib/plans/sessions";
import { addDays, todayIn, wallClockAt } from "@/lib/time/zone";
import { countPlanLogDays, loadPlanLogs, loadPlanRecords } from "./internal/plan-records";
import { sessionScores, thresholdsByDate } from "./pain-advice";
import { patientScope } from "./patient-scope";

/**
 * Progress over time on the patient's current (or most recent) plan: sessions done against planned per
 * week, the pain trend with phase changes and appointments marked, and one row per session with the pain
 * rule's verdict. A patient gets their own; staff name the patient and the access is audited. Null when the
 * named patient may not be read (or does not exist).
 *
 * `period`: "recent" (the last 12 weeks, the default: a two-year plan stays a readable page) or "all".
 */
/** `easier`: the names of the easier variants done that day ("deed de makkelijkere variant: …"). */
export type ProgressSession = SessionRow & { phaseTitle: string; easier: string[] };
export type ProgressMarker = { date: string; kind: "phase" | "appointment"; label: string };

export type Progress = {
  /** For staff: whose progress it is (null for the patient's own view). */
  patient: { id: string; name: string } | null;
  plan: { id: string; title: string; startedOn: string } | null;
  period: "recent" | "all";
  /** The first day shown (null: from the start). */
  from: string | null;
  weeks: WeekAdherence[];
  pain: PainPoint[];
  direction: ReturnType<typeof painDirection>;
  markers: ProgressMarker[];
  /** One row per session, newest first, within the period. */
  sessions: ProgressSession[];
  /** All sessions of the plan, also those before the period. */
  sessionCount: number;
};

export const RECENT_DAYS = 84;

export async function getProgress(session: SessionLike, patientId?: string, now = new Date(), period: "recent" | "all" = "recent"): Promise<Progress | null> {
  const scope = await patientScope(session, patientId, { action: "read_progress", recordType: "exercise_logs" });
  if (!scope) return null;
  const [named] = scope.asStaff ? await db.select({ id: patients.id, name: patients.fullName }).from(patients).where(eq(patients.id, scope.patientId)) : [];
  const patient = named ?? null;
  const records = await loadPlanRecords(db, scope.patientId, "latest");
  if (!records) return { patient, plan: null, period, from: null, weeks: [], pain: [], direction: null, markers: [], sessions: [], sessionCount: 0 };

  // A plan that ended is measured up to its last day.
  const today = records.plan.endedOn && records.plan.endedOn < todayIn(now) ? records.plan.endedOn : todayIn(now);
  const from = period === "recent" && addDays(today, -RECENT_DAYS) > records.plan.startedOn ? addDays(today, -RECENT_DAYS + 1) : null;
  // The recent period reads its own weeks' logs plus four weeks before (each verdict compares with the morning
  // before it), not the whole plan: two years of daily logs are 3,650 rows (the portal bench, issue 16).
  const logs = await loadPlanLogs(db, scope.patientId, records.plan.id, from ? addDays(from, -28) : undefined);
  const inPeriod = <T extends { date: string }>(items: T[]) => (from ? items.filter((item) => item.date >= from) : items);

  const verdicts = new Map(adviseSessions(sessionScores(logs), thresholdsByDate(records)).map((s) => [s.date, s.advice?.verdict ?? null]));
  const phaseTitles = new Map(records.phases.map((p) => [p.id, p.title]));
  const allSessions = sessionRows(logs, (date) => verdicts.get(date) ?? null);
  const pain = inPeriod(painTrend(logs));
  const variantIds = [...new Set(logs.flatMap((l) => (l.variantExerciseId ? [l.variantExerciseId] : [])))];
  const variantNames = new Map(
    variantIds.length ? (await db.select({ id: exercises.id, name: exercises.name }).from(exercises).where(inArray(exercises.id, variantIds))).map((v) => [v.id, v.name]) : [],
  );

  const appointmentRows = await db
    .select({ startsAt: appointments.startsAt })
    .from(appointments)
    .where(and(eq(appointments.patientId, scope.patientId), inArray(appointments.status, ["confirmed", "attended"]), gte(appointments.startsAt, new Date(`${from ?? records.plan.startedOn}T00:00:00Z`))))
    .orderBy(asc(appointments.startsAt));
  const markers: ProgressMarker[] = inPeriod([
    ...records.phases.flatMap((p) => (p.startedOn && p.position > 1 ? [{ date: p.startedOn, kind: "phase" as const, label: `Fase ${p.position}: ${p.title}` }] : [])),
    ...appointmentRows.map((a) => ({ date: wallClockAt(a.startsAt).date, kind: "appointment" as const, label: "Afspraak" })),
  ])
    .filter((m) => m.date <= today)
    .sort((a, b) => a.date.localeCompare(b.date));

  const weeks = adherenceByWeek({ startedOn: records.plan.startedOn, today, phases: records.phases, exercises: records.exercises, logs });
  return {
    patient,
    plan: { id: records.plan.id, title: records.plan.title, startedOn: records.plan.startedOn },
    period,
    from,
    weeks: from ? weeks.filter((w) => w.weekEnd >= from) : weeks,
    pain,
    direction: painDirection(pain),
    markers,
    sessions: inPeriod(allSessions).map((row) => ({ ...row, phaseTitle: phaseTitles.get(row.phaseId) ?? "", easier: row.variants.map((id) => variantNames.get(id) ?? "") })),
    sessionCount: from ? await countPlanLogDays(db, scope.patientId, records.plan.id) : allSessions.length,
  };
}
