CREATE TYPE "public"."access_route" AS ENUM('direct', 'referral');--> statement-breakpoint
CREATE TYPE "public"."id_document" AS ENUM('paspoort', 'identiteitskaart', 'rijbewijs', 'verblijfsdocument');--> statement-breakpoint
CREATE TYPE "public"."screening_outcome" AS ENUM('pluis', 'niet_pluis');--> statement-breakpoint
CREATE TYPE "public"."outcome_kind" AS ENUM('psk', 'nprs');--> statement-breakpoint
CREATE TYPE "public"."outcome_moment" AS ENUM('intake', 'phase_change', 'end', 'check');--> statement-breakpoint
CREATE TABLE "visit_note_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"note_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"author_id" uuid NOT NULL,
	"complaints" text DEFAULT '' NOT NULL,
	"examination" text DEFAULT '' NOT NULL,
	"treatment" text DEFAULT '' NOT NULL,
	"agreements" text DEFAULT '' NOT NULL,
	"amendment_reason" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "visit_note_revisions_number_key" UNIQUE("note_id","revision"),
	CONSTRAINT "visit_note_revisions_number_positive" CHECK ("visit_note_revisions"."revision" >= 1),
	CONSTRAINT "visit_note_revisions_reason_on_amendment" CHECK ("visit_note_revisions"."revision" = 1 or length(btrim("visit_note_revisions"."amendment_reason")) > 0)
);
--> statement-breakpoint
CREATE TABLE "visit_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"appointment_id" uuid NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "visit_notes_appointment_id_unique" UNIQUE("appointment_id")
);
--> statement-breakpoint
CREATE TABLE "intake_screenings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"intake_id" uuid,
	"revision" integer NOT NULL,
	"help_question" text NOT NULL,
	"gp_name" text DEFAULT '' NOT NULL,
	"gp_practice" text DEFAULT '' NOT NULL,
	"insurer" text DEFAULT '' NOT NULL,
	"access" "access_route" NOT NULL,
	"referrer_name" text DEFAULT '' NOT NULL,
	"referral_date" date,
	"determinants" jsonb NOT NULL,
	"nothing_present" boolean NOT NULL,
	"outcome" "screening_outcome",
	"outcome_note" text DEFAULT '' NOT NULL,
	"confirmed" boolean DEFAULT false NOT NULL,
	"recorded_by" uuid NOT NULL,
	"amendment_reason" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "intake_screenings_revision_key" UNIQUE("patient_id","revision"),
	CONSTRAINT "intake_screenings_revision_positive" CHECK ("intake_screenings"."revision" >= 1),
	CONSTRAINT "intake_screenings_determinants_object" CHECK (jsonb_typeof("intake_screenings"."determinants") = 'object'),
	CONSTRAINT "intake_screenings_referral_has_referrer" CHECK ("intake_screenings"."access" = 'direct' or length(btrim("intake_screenings"."referrer_name")) > 0),
	CONSTRAINT "intake_screenings_confirmed_has_outcome" CHECK (not "intake_screenings"."confirmed" or "intake_screenings"."outcome" is not null)
);
--> statement-breakpoint
CREATE TABLE "patient_identifiers" (
	"patient_id" uuid PRIMARY KEY NOT NULL,
	"bsn_encrypted" text NOT NULL,
	"bsn_last_three" text NOT NULL,
	"id_document" "id_document" NOT NULL,
	"id_checked_by" uuid NOT NULL,
	"id_checked_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
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
ALTER TABLE "visit_note_revisions" ADD CONSTRAINT "visit_note_revisions_note_id_visit_notes_id_fk" FOREIGN KEY ("note_id") REFERENCES "public"."visit_notes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_note_revisions" ADD CONSTRAINT "visit_note_revisions_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_notes" ADD CONSTRAINT "visit_notes_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_notes" ADD CONSTRAINT "visit_notes_appointment_id_appointments_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."appointments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_notes" ADD CONSTRAINT "visit_notes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_screenings" ADD CONSTRAINT "intake_screenings_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_screenings" ADD CONSTRAINT "intake_screenings_intake_id_intakes_id_fk" FOREIGN KEY ("intake_id") REFERENCES "public"."intakes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_screenings" ADD CONSTRAINT "intake_screenings_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patient_identifiers" ADD CONSTRAINT "patient_identifiers_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patient_identifiers" ADD CONSTRAINT "patient_identifiers_id_checked_by_users_id_fk" FOREIGN KEY ("id_checked_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_measures" ADD CONSTRAINT "outcome_measures_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_measures" ADD CONSTRAINT "outcome_measures_phase_id_plan_phases_id_fk" FOREIGN KEY ("phase_id") REFERENCES "public"."plan_phases"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_measures" ADD CONSTRAINT "outcome_measures_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "visit_notes_patient_idx" ON "visit_notes" USING btree ("patient_id","created_at");--> statement-breakpoint
CREATE INDEX "outcome_measures_patient_idx" ON "outcome_measures" USING btree ("patient_id","kind","created_at");--> statement-breakpoint
CREATE INDEX "appointments_starts_idx" ON "appointments" USING btree ("starts_at");--> statement-breakpoint
-- Visit notes, the screening and outcome measures are amend-only like assessments (decision 019): a change
-- is a new revision or a new measurement, never an edit; the database refuses UPDATE, DELETE and TRUNCATE.
CREATE TRIGGER "visit_note_revisions_append_only"
  BEFORE UPDATE OR DELETE ON "visit_note_revisions"
  FOR EACH ROW EXECUTE FUNCTION "keten_refuse_change"();
--> statement-breakpoint
CREATE TRIGGER "visit_notes_append_only"
  BEFORE UPDATE OR DELETE ON "visit_notes"
  FOR EACH ROW EXECUTE FUNCTION "keten_refuse_change"();
--> statement-breakpoint
CREATE TRIGGER "visit_note_revisions_no_truncate"
  BEFORE TRUNCATE ON "visit_note_revisions"
  FOR EACH STATEMENT EXECUTE FUNCTION "keten_refuse_change"();
--> statement-breakpoint
CREATE TRIGGER "visit_notes_no_truncate"
  BEFORE TRUNCATE ON "visit_notes"
  FOR EACH STATEMENT EXECUTE FUNCTION "keten_refuse_change"();
--> statement-breakpoint
CREATE TRIGGER "intake_screenings_append_only"
  BEFORE UPDATE OR DELETE ON "intake_screenings"
  FOR EACH ROW EXECUTE FUNCTION "keten_refuse_change"();
--> statement-breakpoint
CREATE TRIGGER "intake_screenings_no_truncate"
  BEFORE TRUNCATE ON "intake_screenings"
  FOR EACH STATEMENT EXECUTE FUNCTION "keten_refuse_change"();
--> statement-breakpoint
CREATE TRIGGER "outcome_measures_append_only"
  BEFORE UPDATE OR DELETE ON "outcome_measures"
  FOR EACH ROW EXECUTE FUNCTION "keten_refuse_change"();
