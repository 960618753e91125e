import { sql } from "drizzle-orm";
import { boolean, check, date, index, jsonb, type AnyPgColumn, pgEnum, pgTable, smallint, text, unique, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { chainLink } from "./clinical";
import { createdAt, id, timestamptz, updatedAt } from "./columns";
import { exercisePhases, type ExercisePhase } from "../../lib/plans/phases";
import { patients } from "./people";
import type { PlanSnapshot } from "../../lib/plans/versions";

/** The phases of the practice's hamstring plan; exercises are tagged with the phases they suit. */
// The phases are the domain's (lib/plans/phases.ts); the schema builds its enum from them.
export { exercisePhases, type ExercisePhase };
export const exercisePhase = pgEnum("exercise_phase", exercisePhases);

/** The practice's exercise library. An exercise that a plan uses is retired, never deleted. */
export const exercises = pgTable(
  "exercises",
  {
    id: id(),
    slug: text("slug").notNull().unique(),
    name: text("name").notNull(),
    summary: text("summary").notNull().default(""),
    instructions: text("instructions").notNull(),
    cues: jsonb("cues").$type<string[]>().notNull().default([]),
    defaultSets: smallint("default_sets").notNull(),
    defaultReps: smallint("default_reps"),
    defaultHoldSeconds: smallint("default_hold_seconds"),
    /** Walking, cycling, a warm-up: done for minutes, not held or repeated. */
    defaultDurationMinutes: smallint("default_duration_minutes"),
    defaultTimesPerWeek: smallint("default_times_per_week").notNull(),
    phaseTags: exercisePhase("phase_tags").array().notNull().default(sql`'{}'::exercise_phase[]`),
    /** The links of the movement chain the exercise trains (tailoring: suggestions for weak links). */
    chainLinks: chainLink("chain_links").array().notNull().default(sql`'{}'::chain_link[]`),
    /** The easier variant (regression) a patient may do on a bad day, and the harder one (progression). */
    regressionId: uuid("regression_id").references((): AnyPgColumn => exercises.id, { onDelete: "set null" }),
    progressionId: uuid("progression_id").references((): AnyPgColumn => exercises.id, { onDelete: "set null" }),
    retiredAt: timestamptz("retired_at"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check("exercises_name_present", sql`length(btrim(${t.name})) > 0`),
    check("exercises_sets_range", sql`${t.defaultSets} between 1 and 20`),
    check("exercises_reps_range", sql`${t.defaultReps} is null or ${t.defaultReps} between 1 and 200`),
    check("exercises_hold_range", sql`${t.defaultHoldSeconds} is null or ${t.defaultHoldSeconds} between 1 and 3600`),
    check("exercises_duration_range", sql`${t.defaultDurationMinutes} is null or ${t.defaultDurationMinutes} between 1 and 300`),
    check("exercises_reps_hold_or_duration", sql`${t.defaultReps} is not null or ${t.defaultHoldSeconds} is not null or ${t.defaultDurationMinutes} is not null`),
    check("exercises_times_per_week_range", sql`${t.defaultTimesPerWeek} between 1 and 21`),
    check("exercises_cues_array", sql`jsonb_typeof(${t.cues}) = 'array'`),
    check("exercises_variants_not_self", sql`${t.regressionId} is distinct from ${t.id} and ${t.progressionId} is distinct from ${t.id}`),
  ],
);

/** Per side: each side in turn ("per kant"), or one side only. Null: the exercise has no sides. */
export const dosageSides = ["each_side", "left", "right"] as const;
export const dosageSide = pgEnum("dosage_side", dosageSides);
export type DosageSide = (typeof dosageSides)[number];

export const planStatuses = ["active", "completed", "stopped"] as const;
export const planStatus = pgEnum("plan_status", planStatuses);

export const plans = pgTable(
  "plans",
  {
    id: id(),
    patientId: uuid("patient_id")
      .notNull()
      .references(() => patients.id, { onDelete: "restrict" }),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    title: text("title").notNull(),
    status: planStatus("status").notNull().default("active"),
    startedOn: date("started_on", { mode: "string" }).notNull(),
    endedAt: timestamptz("ended_at"),
    /** Null: a draft the patient does not see. Set once, when the therapist publishes version 1. */
    publishedAt: timestamptz("published_at"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("plans_patient_idx").on(t.patientId),
    // A patient follows one plan at a time.
    uniqueIndex("plans_one_active_per_patient").on(t.patientId).where(sql`${t.status} = 'active'`),
  ],
);

/**
 * A published version of a plan: the content the patient was shown (phases, criteria, exercises with their
 * dosage) as `keten_plan_snapshot` reads it from the live tables. Append-only (triggers, migration 0019).
 */
export const planVersions = pgTable(
  "plan_versions",
  {
    id: id(),
    // Cascade only reaches it from the retention purge (0016): plans are never deleted otherwise, and the
    // append-only trigger refuses the delete outside that purge.
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    version: smallint("version").notNull(),
    content: jsonb("content").$type<PlanSnapshot>().notNull(),
    publishedBy: uuid("published_by").references(() => users.id, { onDelete: "restrict" }),
    publishedAt: timestamptz("published_at").notNull().defaultNow(),
  },
  (t) => [unique("plan_versions_number_key").on(t.planId, t.version), check("plan_versions_version_positive", sql`${t.version} >= 1`)],
);

export const phaseStatuses = ["upcoming", "current", "done"] as const;
export const phaseStatus = pgEnum("phase_status", phaseStatuses);
export type PhaseStatus = (typeof phaseStatuses)[number];

/** One exit criterion and, once the therapist advanced the patient, whether it was met. */
export type ExitCriterionCheck = { criterion: string; met: boolean; note?: string };

export const planPhases = pgTable(
  "plan_phases",
  {
    id: id(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "restrict" }),
    position: smallint("position").notNull(),
    phaseKey: exercisePhase("phase_key"),
    title: text("title").notNull(),
    goal: text("goal").notNull().default(""),
    exitCriteria: jsonb("exit_criteria").$type<string[]>().notNull().default([]),
    status: phaseStatus("status").notNull().default("upcoming"),
    startedAt: timestamptz("started_at"),
    completedAt: timestamptz("completed_at"),
    /** Who advanced the patient out of this phase, and the checklist of exit criteria they recorded. */
    advancedBy: uuid("advanced_by").references(() => users.id, { onDelete: "restrict" }),
    advanceChecklist: jsonb("advance_checklist").$type<ExitCriterionCheck[]>(),
    /** The pain rule's limits in this phase (lib/plans/pain-rule.ts): pain during exercise, and next morning. */
    painMaxDuring: smallint("pain_max_during").notNull().default(5),
    painMaxMorning: smallint("pain_max_morning").notNull().default(2),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique("plan_phases_position_key").on(t.planId, t.position),
    uniqueIndex("plan_phases_one_current_per_plan").on(t.planId).where(sql`${t.status} = 'current'`),
    check("plan_phases_position_positive", sql`${t.position} >= 1`),
    check("plan_phases_exit_criteria_array", sql`jsonb_typeof(${t.exitCriteria}) = 'array'`),
    check("plan_phases_done_is_recorded", sql`${t.status} <> 'done' or ${t.completedAt} is not null`),
    check("plan_phases_pain_limits_range", sql`${t.painMaxDuring} between 0 and 10 and ${t.painMaxMorning} between 0 and 10`),
  ],
);

/** An exercise prescribed in a phase, with its dosage. Removed exercises keep their row (logs point at it). */
export const planExercises = pgTable(
  "plan_exercises",
  {
    id: id(),
    phaseId: uuid("phase_id")
      .notNull()
      .references(() => planPhases.id, { onDelete: "restrict" }),
    exerciseId: uuid("exercise_id")
      .notNull()
      .references(() => exercises.id, { onDelete: "restrict" }),
    position: smallint("position").notNull(),
    sets: smallint("sets").notNull(),
    reps: smallint("reps"),
    holdSeconds: smallint("hold_seconds"),
    durationMinutes: smallint("duration_minutes"),
    side: dosageSide("side"),
    /** Free text: "2 kg", "licht elastiek", "eigen gewicht". */
    load: text("load").notNull().default(""),
    /** Free text: "3 tellen omlaag, 1 omhoog". */
    tempo: text("tempo").notNull().default(""),
    restSeconds: smallint("rest_seconds"),
    timesPerWeek: smallint("times_per_week").notNull(),
    notes: text("notes").notNull().default(""),
    removedAt: timestamptz("removed_at"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("plan_exercises_phase_idx").on(t.phaseId, t.position),
    check("plan_exercises_sets_range", sql`${t.sets} between 1 and 20`),
    check("plan_exercises_reps_range", sql`${t.reps} is null or ${t.reps} between 1 and 200`),
    check("plan_exercises_hold_range", sql`${t.holdSeconds} is null or ${t.holdSeconds} between 1 and 3600`),
    check("plan_exercises_duration_range", sql`${t.durationMinutes} is null or ${t.durationMinutes} between 1 and 300`),
    check("plan_exercises_rest_range", sql`${t.restSeconds} is null or ${t.restSeconds} between 0 and 600`),
    check("plan_exercises_reps_hold_or_duration", sql`${t.reps} is not null or ${t.holdSeconds} is not null or ${t.durationMinutes} is not null`),
    check("plan_exercises_times_per_week_range", sql`${t.timesPerWeek} between 1 and 21`),
  ],
);

export const exerciseEfforts = ["too_light", "right", "too_heavy"] as const;
export const exerciseEffort = pgEnum("exercise_effort", exerciseEfforts);
export type ExerciseEffort = (typeof exerciseEfforts)[number];

/**
 * What the patient did on a day: per exercise, or for the whole session (`plan_exercise_id` null).
 * One log per exercise per day (and one day-log per day); the patient edits it on the same day.
 */
export const exerciseLogs = pgTable(
  "exercise_logs",
  {
    id: id(),
    patientId: uuid("patient_id")
      .notNull()
      .references(() => patients.id, { onDelete: "restrict" }),
    phaseId: uuid("phase_id")
      .notNull()
      .references(() => planPhases.id, { onDelete: "restrict" }),
    planExerciseId: uuid("plan_exercise_id").references(() => planExercises.id, { onDelete: "restrict" }),
    logDate: date("log_date", { mode: "string" }).notNull(),
    done: boolean("done").notNull(),
    /** Done, but with changes (lighter, fewer, the easier variant): the note or the therapist asks what. */
    modified: boolean("modified").notNull().default(false),
    /** How the exercise felt: te licht / goed / te zwaar (per exercise; null on the day's row). */
    effort: exerciseEffort("effort"),
    /** The library exercise done instead of the prescribed one (its easier variant); null: as prescribed. */
    variantExerciseId: uuid("variant_exercise_id").references(() => exercises.id, { onDelete: "restrict" }),
    painDuring: smallint("pain_during"),
    /** On the day's row (plan_exercise_id null): the answer to "hoe voelt het vanochtend?" the morning after. */
    painAfter: smallint("pain_after"),
    note: text("note").notNull().default(""),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique("exercise_logs_one_per_day").on(t.patientId, t.planExerciseId, t.logDate).nullsNotDistinct(),
    index("exercise_logs_patient_date_idx").on(t.patientId, t.logDate),
    check("exercise_logs_pain_during_range", sql`${t.painDuring} is null or ${t.painDuring} between 0 and 10`),
    check("exercise_logs_pain_after_range", sql`${t.painAfter} is null or ${t.painAfter} between 0 and 10`),
  ],
);
