CREATE TYPE "public"."access_route" AS ENUM('direct', 'referral');--> statement-breakpoint
CREATE TYPE "public"."id_document" AS ENUM('paspoort', 'identiteitskaart', 'rijbewijs', 'verblijfsdocument');--> statement-breakpoint
CREATE TYPE "public"."screening_outcome" AS ENUM('pluis', 'niet_pluis');--> statement-breakpoint
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
ALTER TABLE "intake_screenings" ADD CONSTRAINT "intake_screenings_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_screenings" ADD CONSTRAINT "intake_screenings_intake_id_intakes_id_fk" FOREIGN KEY ("intake_id") REFERENCES "public"."intakes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_screenings" ADD CONSTRAINT "intake_screenings_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patient_identifiers" ADD CONSTRAINT "patient_identifiers_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patient_identifiers" ADD CONSTRAINT "patient_identifiers_id_checked_by_users_id_fk" FOREIGN KEY ("id_checked_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
-- The screening is part of the clinical record: amend-only, like notes and assessments (decision 019).
CREATE TRIGGER "intake_screenings_append_only"
  BEFORE UPDATE OR DELETE ON "intake_screenings"
  FOR EACH ROW EXECUTE FUNCTION "keten_refuse_change"();
--> statement-breakpoint
CREATE TRIGGER "intake_screenings_no_truncate"
  BEFORE TRUNCATE ON "intake_screenings"
  FOR EACH STATEMENT EXECUTE FUNCTION "keten_refuse_change"();
