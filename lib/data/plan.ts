import "server-only";
import { and, asc, desc, eq, isNotNull } from "drizzle-orm";
import { db } from "@/db";
import { plans } from "@/db/schema";
import { requirePatient, type SessionLike } from "@/lib/auth/actor";
import { exerciseIllustration, type ExerciseIllustration } from "@/lib/plans/exercise-illustrations";
import { planWeekNumber, thisWeek, type WeekAdherence } from "@/lib/plans/sessions";
import { startOfIsoWeek, todayIn } from "@/lib/time/zone";
import { loadActivePlanRecords, loadPlanLogs, loadPlanRecords, prescribedDosage, type ExerciseRecord, type PlanRecords } from "./internal/plan-records";
import { planVersionHistory } from "./internal/plan-versions";
import { isUuid, patientScope } from "./patient-scope";
import { describeChange } from "@/lib/plans/versions";

/**
 * A patient's exercise plan as the portal shows it: the phases as a timeline, each with its goal, exit
 * criteria and the exercises prescribed in it (removed ones left out), with Dutch instructions, cues and
 * dosage. Patients only ever get their own plans; staff get a patient's plan with an audit event.
 */
export type PlanExerciseView = Omit<ExerciseRecord, "phaseId" | "position" | "removedOn" | "slug" | "regressionId"> & {
  /** The practice's drawing of the exercise (public/illustrations/exercises), when there is one. */
  illustration: ExerciseIllustration | null;
};

export type PlanPhaseView = {
  id: string;
  position: number;
  title: string;
  goal: string;
  exitCriteria: string[];
  status: "upcoming" | "current" | "done";
  startedOn: string | null;
  completedOn: string | null;
  /** For a done phase: which exit criteria the therapist found met when advancing. */
  checklist: { criterion: string; met: boolean }[] | null;
  exercises: PlanExerciseView[];
};

export type PlanView = {
  id: string;
  title: string;
  status: "active" | "completed" | "stopped";
  startedOn: string;
  /** The week of the plan we are in (1 = its first ISO week); 0 before it starts. */
  week: number;
  phases: PlanPhaseView[];
  currentPhaseId: string | null;
  /** The plan's version now, and the changes of versions published in the last two weeks, newest first. */
  version: number;
  recentChanges: { version: number; publishedAt: Date; lines: string[] }[];
};

const RECENT_CHANGES_MS = 14 * 24 * 60 * 60 * 1000;

/** What changed in the plan lately ("Wat is er veranderd"), in Dutch sentences. */
async function withVersions(view: Omit<PlanView, "version" | "recentChanges">, now: Date): Promise<PlanView> {
  const history = await planVersionHistory(db, view.id, new Date(now.getTime() - RECENT_CHANGES_MS));
  const version = history[0]?.version ?? (await planVersionHistory(db, view.id))[0]?.version ?? 1;
  const recentChanges = history.filter((v) => v.version > 1 && v.changes.length > 0).map((v) => ({ version: v.version, publishedAt: v.publishedAt, lines: v.changes.map(describeChange) }));
  return { ...view, version, recentChanges };
}

function toView(records: PlanRecords, today: string): Omit<PlanView, "version" | "recentChanges"> {
  const { plan, phases, exercises } = records;
  return {
    id: plan.id,
    title: plan.title,
    status: plan.status,
    startedOn: plan.startedOn,
    week: planWeekNumber(plan.startedOn, today),
    currentPhaseId: phases.find((p) => p.status === "current")?.id ?? null,
    phases: phases.map((phase) => ({
      ...phase,
      exercises: exercises
        .filter((e) => e.phaseId === phase.id && e.removedOn === null)
        .map((e) => ({
          id: e.id,
          name: e.name,
          illustration: exerciseIllustration(e.slug),
          summary: e.summary,
          instructions: e.instructions,
          cues: e.cues,
          ...prescribedDosage(e),
        })),
    })),
  };
}

/** The plan the patient follows now, or null when there is none. */
export async function getActivePlan(session: SessionLike, patientId?: string, now = new Date()): Promise<PlanView | null> {
  const scope = await patientScope(session, patientId, { action: "read_plan", recordType: "plan" });
  if (!scope) return null;
  const records = await loadPlanRecords(db, scope.patientId, "active");
  return records ? withVersions(toView(records, todayIn(now)), now) : null;
}

/** One of the patient's own plans by id; any other id (someone else's, malformed, unknown) gives null. */
export async function getPlan(session: SessionLike, planId: string, patientId?: string, now = new Date()): Promise<PlanView | null> {
  if (!isUuid(planId)) return null;
  const scope = await patientScope(session, patientId, { action: "read_plan", recordType: "plan", recordId: planId });
  if (!scope) return null;
  const records = await loadPlanRecords(db, scope.patientId, planId);
  return records ? withVersions(toView(records, todayIn(now)), now) : null;
}

export type PlanSummary = { id: string; title: string; status: "active" | "completed" | "stopped"; startedOn: string };

/** The patient's own plans, the one they follow first, then newest first. */
export async function listOwnPlans(session: SessionLike): Promise<PlanSummary[]> {
  const { patientId } = await requirePatient(session);
  return db
    .select({ id: plans.id, title: plans.title, status: plans.status, startedOn: plans.startedOn })
    .from(plans)
    .where(and(eq(plans.patientId, patientId), isNotNull(plans.publishedAt)))
    .orderBy(asc(plans.status), desc(plans.startedOn));
}

export type PortalOverview = {
  plan: {
    id: string;
    title: string;
    week: number;
    phaseCount: number;
    currentPhase: { position: number; title: string; goal: string } | null;
  } | null;
  thisWeek: WeekAdherence | null;
  /** How many logs the patient wrote today (0: nothing logged yet today). */
  loggedToday: number;
};

/** The portal's front page: where the patient is in the plan and how this week goes. Own data only. */
export async function getPortalOverview(session: SessionLike, now = new Date()): Promise<PortalOverview> {
  const { patientId } = await requirePatient(session);
  const today = todayIn(now);
  const records = await loadActivePlanRecords(patientId);
  if (!records) return { plan: null, thisWeek: null, loggedToday: 0 };

  // Only this week's logs: this week's adherence and today's count need no older ones.
  const logs = await loadPlanLogs(db, patientId, records.plan.id, startOfIsoWeek(today));

  const current = records.phases.find((p) => p.status === "current");
  return {
    plan: {
      id: records.plan.id,
      title: records.plan.title,
      week: planWeekNumber(records.plan.startedOn, today),
      phaseCount: records.phases.length,
      currentPhase: current ? { position: current.position, title: current.title, goal: current.goal } : null,
    },
    thisWeek: thisWeek({ startedOn: records.plan.startedOn, today, phases: records.phases, exercises: records.exercises, logs }),
    loggedToday: logs.filter((log) => log.date === today).length,
  };
}
