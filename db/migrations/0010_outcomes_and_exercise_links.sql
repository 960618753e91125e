CREATE TYPE "public"."outcome_kind" AS ENUM('psk', 'nprs');--> statement-breakpoint
CREATE TYPE "public"."outcome_moment" AS ENUM('intake', 'phase_change', 'end', 'check');--> statement-breakpoint
CREATE TABLE "outcome_measures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"phase_id" uuid,
	"kind" "outcome_kind" NOT NULL,
	"moment" "outcome_moment" NOT NULL,
	"value" smallint NOT NULL,
	"items" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_by_role" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outcome_measures_value_range" CHECK (("outcome_measures"."kind" = 'nprs' and "outcome_measures"."value" between 0 and 10) or ("outcome_measures"."kind" = 'psk' and "outcome_measures"."value" between 0 and 100)),
	CONSTRAINT "outcome_measures_items_array" CHECK (jsonb_typeof("outcome_measures"."items") = 'array')
);
--> statement-breakpoint
ALTER TABLE "exercises" ADD COLUMN "chain_links" "chain_link"[] DEFAULT '{}'::chain_link[] NOT NULL;--> statement-breakpoint
ALTER TABLE "outcome_measures" ADD CONSTRAINT "outcome_measures_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_measures" ADD CONSTRAINT "outcome_measures_phase_id_plan_phases_id_fk" FOREIGN KEY ("phase_id") REFERENCES "public"."plan_phases"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_measures" ADD CONSTRAINT "outcome_measures_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outcome_measures_patient_idx" ON "outcome_measures" USING btree ("patient_id","kind","created_at");--> statement-breakpoint
-- Outcome measures belong to the clinical record: append-only (decision 019).
CREATE TRIGGER "outcome_measures_append_only"
  BEFORE UPDATE OR DELETE ON "outcome_measures"
  FOR EACH ROW EXECUTE FUNCTION "keten_refuse_change"();
