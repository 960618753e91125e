CREATE TABLE "plan_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"version" smallint NOT NULL,
	"content" jsonb NOT NULL,
	"published_by" uuid,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_versions_number_key" UNIQUE("plan_id","version"),
	CONSTRAINT "plan_versions_version_positive" CHECK ("plan_versions"."version" >= 1)
);
--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "plan_versions" ADD CONSTRAINT "plan_versions_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_versions" ADD CONSTRAINT "plan_versions_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;
--> statement-breakpoint
-- Issue 17, point 4. A plan's content as its patient sees it: phases in order with their criteria and pain
-- limits, each with the exercises still prescribed (in order) and their dosage. The application stores it as
-- a version when a plan is published or a live plan changes (lib/plans/versions.ts reads this shape).
CREATE FUNCTION "keten_plan_snapshot"(plan uuid) RETURNS jsonb
LANGUAGE sql STABLE AS $$
  SELECT jsonb_build_object('title', pl.title, 'phases', coalesce((
    SELECT jsonb_agg(jsonb_build_object(
      'id', ph.id, 'position', ph.position, 'title', ph.title, 'goal', ph.goal, 'exitCriteria', ph.exit_criteria,
      'painMaxDuring', ph.pain_max_during, 'painMaxMorning', ph.pain_max_morning,
      'exercises', coalesce((
        SELECT jsonb_agg(jsonb_build_object(
          'id', pe.id, 'exerciseId', pe.exercise_id, 'name', ex.name, 'sets', pe.sets, 'reps', pe.reps,
          'holdSeconds', pe.hold_seconds, 'durationMinutes', pe.duration_minutes, 'side', pe.side, 'load', pe.load,
          'tempo', pe.tempo, 'restSeconds', pe.rest_seconds, 'timesPerWeek', pe.times_per_week, 'notes', pe.notes
        ) ORDER BY pe.position, pe.created_at)
        FROM plan_exercises pe JOIN exercises ex ON ex.id = pe.exercise_id
        WHERE pe.phase_id = ph.id AND pe.removed_at IS NULL), '[]'::jsonb)
    ) ORDER BY ph.position)
    FROM plan_phases ph WHERE ph.plan_id = pl.id), '[]'::jsonb))
  FROM plans pl WHERE pl.id = plan
$$;
--> statement-breakpoint
-- Every plan that existed before drafts did was shown to its patient: it is published version 1.
UPDATE "plans" SET "published_at" = "created_at" WHERE "published_at" IS NULL;
--> statement-breakpoint
INSERT INTO "plan_versions" ("plan_id", "version", "content", "published_by", "published_at")
  SELECT "id", 1, "keten_plan_snapshot"("id"), "created_by", "created_at" FROM "plans";
--> statement-breakpoint
-- A published version never changes, on PGlite and PostgreSQL alike (like 0012's notes and screenings).
CREATE TRIGGER "plan_versions_append_only"
  BEFORE UPDATE OR DELETE ON "plan_versions"
  FOR EACH ROW EXECUTE FUNCTION "keten_refuse_change"();
--> statement-breakpoint
CREATE TRIGGER "plan_versions_no_truncate"
  BEFORE TRUNCATE ON "plan_versions"
  FOR EACH STATEMENT EXECUTE FUNCTION "keten_refuse_change"();
--> statement-breakpoint
-- A published plan does not become a draft again (the patient has seen it).
CREATE FUNCTION "keten_plan_stays_published"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.published_at IS NOT NULL AND NEW.published_at IS DISTINCT FROM OLD.published_at THEN
    RAISE EXCEPTION 'a published plan keeps its publication time' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "plans_stay_published"
  BEFORE UPDATE OF "published_at" ON "plans"
  FOR EACH ROW EXECUTE FUNCTION "keten_plan_stays_published"();
