CREATE TYPE "public"."exercise_effort" AS ENUM('too_light', 'right', 'too_heavy');--> statement-breakpoint
ALTER TABLE "exercise_logs" ADD COLUMN "modified" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "exercise_logs" ADD COLUMN "effort" "exercise_effort";--> statement-breakpoint
ALTER TABLE "plan_phases" ADD COLUMN "pain_max_during" smallint DEFAULT 5 NOT NULL;--> statement-breakpoint
ALTER TABLE "plan_phases" ADD COLUMN "pain_max_morning" smallint DEFAULT 2 NOT NULL;--> statement-breakpoint
ALTER TABLE "plan_phases" ADD CONSTRAINT "plan_phases_pain_limits_range" CHECK ("plan_phases"."pain_max_during" between 0 and 10 and "plan_phases"."pain_max_morning" between 0 and 10);--> statement-breakpoint
-- The first phase of an acute strain is exercised pain-free: existing plans get that rule in their first phase.
UPDATE "plan_phases" SET "pain_max_during" = 0 WHERE "phase_key" = 'protect';
