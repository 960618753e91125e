CREATE TYPE "public"."dosage_side" AS ENUM('each_side', 'left', 'right');--> statement-breakpoint
CREATE TYPE "public"."exercise_effort" AS ENUM('too_light', 'right', 'too_heavy');--> statement-breakpoint
ALTER TABLE "exercises" DROP CONSTRAINT "exercises_reps_or_hold";--> statement-breakpoint
ALTER TABLE "plan_exercises" DROP CONSTRAINT "plan_exercises_reps_or_hold";--> statement-breakpoint
ALTER TABLE "exercise_logs" ADD COLUMN "modified" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "exercise_logs" ADD COLUMN "effort" "exercise_effort";--> statement-breakpoint
ALTER TABLE "exercises" ADD COLUMN "default_duration_minutes" smallint;--> statement-breakpoint
ALTER TABLE "plan_exercises" ADD COLUMN "duration_minutes" smallint;--> statement-breakpoint
ALTER TABLE "plan_exercises" ADD COLUMN "side" "dosage_side";--> statement-breakpoint
ALTER TABLE "plan_exercises" ADD COLUMN "load" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "plan_exercises" ADD COLUMN "tempo" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "plan_exercises" ADD COLUMN "rest_seconds" smallint;--> statement-breakpoint
ALTER TABLE "plan_phases" ADD COLUMN "pain_max_during" smallint DEFAULT 5 NOT NULL;--> statement-breakpoint
ALTER TABLE "plan_phases" ADD COLUMN "pain_max_morning" smallint DEFAULT 2 NOT NULL;--> statement-breakpoint
ALTER TABLE "exercises" ADD CONSTRAINT "exercises_duration_range" CHECK ("exercises"."default_duration_minutes" is null or "exercises"."default_duration_minutes" between 1 and 300);--> statement-breakpoint
ALTER TABLE "exercises" ADD CONSTRAINT "exercises_reps_hold_or_duration" CHECK ("exercises"."default_reps" is not null or "exercises"."default_hold_seconds" is not null or "exercises"."default_duration_minutes" is not null);--> statement-breakpoint
ALTER TABLE "plan_exercises" ADD CONSTRAINT "plan_exercises_duration_range" CHECK ("plan_exercises"."duration_minutes" is null or "plan_exercises"."duration_minutes" between 1 and 300);--> statement-breakpoint
ALTER TABLE "plan_exercises" ADD CONSTRAINT "plan_exercises_rest_range" CHECK ("plan_exercises"."rest_seconds" is null or "plan_exercises"."rest_seconds" between 0 and 600);--> statement-breakpoint
ALTER TABLE "plan_exercises" ADD CONSTRAINT "plan_exercises_reps_hold_or_duration" CHECK ("plan_exercises"."reps" is not null or "plan_exercises"."hold_seconds" is not null or "plan_exercises"."duration_minutes" is not null);--> statement-breakpoint
ALTER TABLE "plan_phases" ADD CONSTRAINT "plan_phases_pain_limits_range" CHECK ("plan_phases"."pain_max_during" between 0 and 10 and "plan_phases"."pain_max_morning" between 0 and 10);--> statement-breakpoint
-- The first phase of an acute strain is exercised pain-free: existing plans get that rule in their first phase.
UPDATE "plan_phases" SET "pain_max_during" = 0 WHERE "phase_key" = 'protect';--> statement-breakpoint
-- Walking, cycling and warm-ups were stored as one long hold ("900 seconden"): they are done for minutes.
UPDATE "plan_exercises" SET "duration_minutes" = GREATEST(1, round("hold_seconds" / 60.0)), "hold_seconds" = NULL WHERE "reps" IS NULL AND "sets" = 1 AND "hold_seconds" >= 300;--> statement-breakpoint
UPDATE "exercises" SET "default_duration_minutes" = GREATEST(1, round("default_hold_seconds" / 60.0)), "default_hold_seconds" = NULL WHERE "default_reps" IS NULL AND "default_sets" = 1 AND "default_hold_seconds" >= 300;
