CREATE TYPE "public"."token_purpose" AS ENUM('activation', 'password_reset');--> statement-breakpoint
CREATE TYPE "public"."user_role" AS ENUM('patient', 'therapist', 'admin');--> statement-breakpoint
CREATE TYPE "public"."appointment_status" AS ENUM('requested', 'confirmed', 'cancelled', 'attended', 'no_show');--> statement-breakpoint
CREATE TYPE "public"."availability_exception_kind" AS ENUM('absence', 'extra_hours');--> statement-breakpoint
CREATE TYPE "public"."service_kind" AS ENUM('intake', 'follow_up');--> statement-breakpoint
CREATE TYPE "public"."complaint_onset" AS ENUM('acute', 'gradual');--> statement-breakpoint
CREATE TYPE "public"."complaint_side" AS ENUM('left', 'right', 'both', 'not_applicable');--> statement-breakpoint
CREATE TYPE "public"."triage_outcome" AS ENUM('see_soon', 'book_analysis', 'self_care');--> statement-breakpoint
CREATE TYPE "public"."chain_link" AS ENUM('feet_ankles', 'knees', 'hips', 'pelvis_lower_back', 'core', 'hamstring');--> statement-breakpoint
CREATE TYPE "public"."link_rating" AS ENUM('normal', 'limited', 'compensating');--> statement-breakpoint
CREATE TYPE "public"."exercise_phase" AS ENUM('protect', 'load', 'return_to_sport', 'maintenance');--> statement-breakpoint
CREATE TYPE "public"."phase_status" AS ENUM('upcoming', 'current', 'done');--> statement-breakpoint
CREATE TYPE "public"."plan_status" AS ENUM('active', 'completed', 'stopped');--> statement-breakpoint
CREATE TABLE "login_attempts" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "login_attempts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"email" text NOT NULL,
	"ip" text,
	"succeeded" boolean NOT NULL,
	"attempted_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "recovery_codes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"code_hash" text NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "user_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"purpose" "token_purpose" NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_tokens_token_hash_unique" UNIQUE("token_hash"),
	CONSTRAINT "user_tokens_expiry_after_creation" CHECK ("user_tokens"."expires_at" > "user_tokens"."created_at")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"password_hash" text,
	"role" "user_role" NOT NULL,
	"activated_at" timestamp with time zone,
	"deactivated_at" timestamp with time zone,
	"session_version" integer DEFAULT 1 NOT NULL,
	"totp_secret" text,
	"totp_enabled_at" timestamp with time zone,
	"last_login_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_normalised" CHECK ("users"."email" = lower(btrim("users"."email")) and position('@' in "users"."email") > 1),
	CONSTRAINT "users_activated_has_password" CHECK ("users"."activated_at" is null or "users"."password_hash" is not null),
	CONSTRAINT "users_session_version_positive" CHECK ("users"."session_version" >= 1)
);
--> statement-breakpoint
CREATE TABLE "patients" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"full_name" text NOT NULL,
	"date_of_birth" date NOT NULL,
	"phone" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "patients_user_id_unique" UNIQUE("user_id"),
	CONSTRAINT "patients_name_present" CHECK (length(btrim("patients"."full_name")) > 0),
	CONSTRAINT "patients_birth_date_plausible" CHECK ("patients"."date_of_birth" >= date '1900-01-01')
);
--> statement-breakpoint
CREATE TABLE "therapists" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"display_name" text NOT NULL,
	"title" text NOT NULL,
	"bio" text DEFAULT '' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"sort_order" smallint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "therapists_user_id_unique" UNIQUE("user_id"),
	CONSTRAINT "therapists_slug_unique" UNIQUE("slug"),
	CONSTRAINT "therapists_name_present" CHECK (length(btrim("therapists"."display_name")) > 0)
);
--> statement-breakpoint
CREATE TABLE "appointments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"therapist_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"during" "tstzrange" GENERATED ALWAYS AS (tstzrange(starts_at, ends_at, '[)')) STORED,
	"status" "appointment_status" DEFAULT 'confirmed' NOT NULL,
	"manage_token_hash" text,
	"ics_sequence" integer DEFAULT 0 NOT NULL,
	"idempotency_key" text,
	"booked_by_user_id" uuid,
	"cancelled_at" timestamp with time zone,
	"cancellation_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "appointments_manage_token_hash_unique" UNIQUE("manage_token_hash"),
	CONSTRAINT "appointments_idempotency_key_unique" UNIQUE("idempotency_key"),
	CONSTRAINT "appointments_start_before_end" CHECK ("appointments"."starts_at" < "appointments"."ends_at"),
	CONSTRAINT "appointments_sequence_non_negative" CHECK ("appointments"."ics_sequence" >= 0),
	CONSTRAINT "appointments_cancelled_has_time" CHECK (("appointments"."status" = 'cancelled') = ("appointments"."cancelled_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "availability_exceptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"therapist_id" uuid NOT NULL,
	"kind" "availability_exception_kind" NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "availability_exceptions_start_before_end" CHECK ("availability_exceptions"."starts_at" < "availability_exceptions"."ends_at")
);
--> statement-breakpoint
CREATE TABLE "availability_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"therapist_id" uuid NOT NULL,
	"weekday" smallint NOT NULL,
	"start_time" time NOT NULL,
	"end_time" time NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "availability_rules_weekday_iso" CHECK ("availability_rules"."weekday" between 1 and 7),
	CONSTRAINT "availability_rules_start_before_end" CHECK ("availability_rules"."start_time" < "availability_rules"."end_time"),
	CONSTRAINT "availability_rules_valid_period" CHECK ("availability_rules"."valid_to" is null or "availability_rules"."valid_to" >= "availability_rules"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "practice_settings" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"time_zone" text DEFAULT 'Europe/Amsterdam' NOT NULL,
	"buffer_minutes" smallint DEFAULT 10 NOT NULL,
	"min_notice_minutes" integer DEFAULT 720 NOT NULL,
	"horizon_days" smallint DEFAULT 56 NOT NULL,
	"slot_step_minutes" smallint DEFAULT 15 NOT NULL,
	"cancel_cutoff_hours" smallint DEFAULT 24 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "practice_settings_singleton" CHECK ("practice_settings"."id" = 1),
	CONSTRAINT "practice_settings_buffer_range" CHECK ("practice_settings"."buffer_minutes" between 0 and 120),
	CONSTRAINT "practice_settings_notice_range" CHECK ("practice_settings"."min_notice_minutes" between 0 and 20160),
	CONSTRAINT "practice_settings_horizon_range" CHECK ("practice_settings"."horizon_days" between 1 and 366),
	CONSTRAINT "practice_settings_step_range" CHECK ("practice_settings"."slot_step_minutes" in (5, 10, 15, 20, 30, 60)),
	CONSTRAINT "practice_settings_cutoff_range" CHECK ("practice_settings"."cancel_cutoff_hours" between 0 and 168)
);
--> statement-breakpoint
CREATE TABLE "services" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"kind" "service_kind" NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"minutes" smallint NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"sort_order" smallint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "services_slug_unique" UNIQUE("slug"),
	CONSTRAINT "services_minutes_range" CHECK ("services"."minutes" between 5 and 480)
);
--> statement-breakpoint
CREATE TABLE "intakes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"appointment_id" uuid,
	"form_version" smallint NOT NULL,
	"complaint_location" text NOT NULL,
	"complaint_side" "complaint_side" NOT NULL,
	"onset" "complaint_onset" NOT NULL,
	"pain_now" smallint NOT NULL,
	"pain_worst" smallint NOT NULL,
	"triage_outcome" "triage_outcome" NOT NULL,
	"red_flags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"answers" jsonb NOT NULL,
	"consent_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "intakes_appointment_id_unique" UNIQUE("appointment_id"),
	CONSTRAINT "intakes_pain_now_range" CHECK ("intakes"."pain_now" between 0 and 10),
	CONSTRAINT "intakes_pain_worst_range" CHECK ("intakes"."pain_worst" between 0 and 10),
	CONSTRAINT "intakes_form_version_positive" CHECK ("intakes"."form_version" >= 1),
	CONSTRAINT "intakes_red_flags_array" CHECK (jsonb_typeof("intakes"."red_flags") = 'array'),
	CONSTRAINT "intakes_answers_object" CHECK (jsonb_typeof("intakes"."answers") = 'object')
);
--> statement-breakpoint
CREATE TABLE "assessment_findings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"revision_id" uuid NOT NULL,
	"link" "chain_link" NOT NULL,
	"rating" "link_rating",
	"findings" text DEFAULT '' NOT NULL,
	"measures" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "assessment_findings_link_key" UNIQUE("revision_id","link"),
	CONSTRAINT "assessment_findings_measures_object" CHECK (jsonb_typeof("assessment_findings"."measures") = 'object')
);
--> statement-breakpoint
CREATE TABLE "assessment_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assessment_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"author_id" uuid NOT NULL,
	"grade_estimate" smallint,
	"conclusion" text DEFAULT '' NOT NULL,
	"weak_links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"amendment_reason" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessment_revisions_number_key" UNIQUE("assessment_id","revision"),
	CONSTRAINT "assessment_revisions_number_positive" CHECK ("assessment_revisions"."revision" >= 1),
	CONSTRAINT "assessment_revisions_grade_range" CHECK ("assessment_revisions"."grade_estimate" is null or "assessment_revisions"."grade_estimate" between 1 and 3),
	CONSTRAINT "assessment_revisions_weak_links_array" CHECK (jsonb_typeof("assessment_revisions"."weak_links") = 'array')
);
--> statement-breakpoint
CREATE TABLE "assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"appointment_id" uuid,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exercise_logs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"phase_id" uuid NOT NULL,
	"plan_exercise_id" uuid,
	"log_date" date NOT NULL,
	"done" boolean NOT NULL,
	"pain_during" smallint,
	"pain_after" smallint,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exercise_logs_one_per_day" UNIQUE NULLS NOT DISTINCT("patient_id","plan_exercise_id","log_date"),
	CONSTRAINT "exercise_logs_pain_during_range" CHECK ("exercise_logs"."pain_during" is null or "exercise_logs"."pain_during" between 0 and 10),
	CONSTRAINT "exercise_logs_pain_after_range" CHECK ("exercise_logs"."pain_after" is null or "exercise_logs"."pain_after" between 0 and 10)
);
--> statement-breakpoint
CREATE TABLE "exercises" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"instructions" text NOT NULL,
	"cues" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"default_sets" smallint NOT NULL,
	"default_reps" smallint,
	"default_hold_seconds" smallint,
	"default_times_per_week" smallint NOT NULL,
	"phase_tags" "exercise_phase"[] DEFAULT '{}'::exercise_phase[] NOT NULL,
	"retired_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exercises_slug_unique" UNIQUE("slug"),
	CONSTRAINT "exercises_name_present" CHECK (length(btrim("exercises"."name")) > 0),
	CONSTRAINT "exercises_sets_range" CHECK ("exercises"."default_sets" between 1 and 20),
	CONSTRAINT "exercises_reps_range" CHECK ("exercises"."default_reps" is null or "exercises"."default_reps" between 1 and 200),
	CONSTRAINT "exercises_hold_range" CHECK ("exercises"."default_hold_seconds" is null or "exercises"."default_hold_seconds" between 1 and 3600),
	CONSTRAINT "exercises_reps_or_hold" CHECK ("exercises"."default_reps" is not null or "exercises"."default_hold_seconds" is not null),
	CONSTRAINT "exercises_times_per_week_range" CHECK ("exercises"."default_times_per_week" between 1 and 21),
	CONSTRAINT "exercises_cues_array" CHECK (jsonb_typeof("exercises"."cues") = 'array')
);
--> statement-breakpoint
CREATE TABLE "plan_exercises" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"phase_id" uuid NOT NULL,
	"exercise_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"sets" smallint NOT NULL,
	"reps" smallint,
	"hold_seconds" smallint,
	"times_per_week" smallint NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"removed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_exercises_sets_range" CHECK ("plan_exercises"."sets" between 1 and 20),
	CONSTRAINT "plan_exercises_reps_range" CHECK ("plan_exercises"."reps" is null or "plan_exercises"."reps" between 1 and 200),
	CONSTRAINT "plan_exercises_hold_range" CHECK ("plan_exercises"."hold_seconds" is null or "plan_exercises"."hold_seconds" between 1 and 3600),
	CONSTRAINT "plan_exercises_reps_or_hold" CHECK ("plan_exercises"."reps" is not null or "plan_exercises"."hold_seconds" is not null),
	CONSTRAINT "plan_exercises_times_per_week_range" CHECK ("plan_exercises"."times_per_week" between 1 and 21)
);
--> statement-breakpoint
CREATE TABLE "plan_phases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"phase_key" "exercise_phase",
	"title" text NOT NULL,
	"goal" text DEFAULT '' NOT NULL,
	"exit_criteria" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" "phase_status" DEFAULT 'upcoming' NOT NULL,
	"started_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"advanced_by" uuid,
	"advance_checklist" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_phases_position_key" UNIQUE("plan_id","position"),
	CONSTRAINT "plan_phases_position_positive" CHECK ("plan_phases"."position" >= 1),
	CONSTRAINT "plan_phases_exit_criteria_array" CHECK (jsonb_typeof("plan_phases"."exit_criteria") = 'array'),
	CONSTRAINT "plan_phases_done_is_recorded" CHECK ("plan_phases"."status" <> 'done' or "plan_phases"."completed_at" is not null)
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"created_by" uuid NOT NULL,
	"title" text NOT NULL,
	"status" "plan_status" DEFAULT 'active' NOT NULL,
	"started_on" date NOT NULL,
	"ended_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_user_id" uuid,
	"actor_role" text NOT NULL,
	"action" text NOT NULL,
	"patient_id" uuid,
	"record_type" text,
	"record_id" text,
	"ip" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outbox_emails" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"text_body" text NOT NULL,
	"html_body" text,
	"ics_content" text,
	"ics_method" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_error" text,
	CONSTRAINT "outbox_emails_ics_method" CHECK ("outbox_emails"."ics_method" is null or "outbox_emails"."ics_method" in ('REQUEST', 'CANCEL'))
);
--> statement-breakpoint
ALTER TABLE "recovery_codes" ADD CONSTRAINT "recovery_codes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_tokens" ADD CONSTRAINT "user_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patients" ADD CONSTRAINT "patients_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "therapists" ADD CONSTRAINT "therapists_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_therapist_id_therapists_id_fk" FOREIGN KEY ("therapist_id") REFERENCES "public"."therapists"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_booked_by_user_id_users_id_fk" FOREIGN KEY ("booked_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "availability_exceptions" ADD CONSTRAINT "availability_exceptions_therapist_id_therapists_id_fk" FOREIGN KEY ("therapist_id") REFERENCES "public"."therapists"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "availability_exceptions" ADD CONSTRAINT "availability_exceptions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "availability_rules" ADD CONSTRAINT "availability_rules_therapist_id_therapists_id_fk" FOREIGN KEY ("therapist_id") REFERENCES "public"."therapists"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intakes" ADD CONSTRAINT "intakes_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intakes" ADD CONSTRAINT "intakes_appointment_id_appointments_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."appointments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_findings" ADD CONSTRAINT "assessment_findings_revision_id_assessment_revisions_id_fk" FOREIGN KEY ("revision_id") REFERENCES "public"."assessment_revisions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_revisions" ADD CONSTRAINT "assessment_revisions_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_revisions" ADD CONSTRAINT "assessment_revisions_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_appointment_id_appointments_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."appointments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercise_logs" ADD CONSTRAINT "exercise_logs_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercise_logs" ADD CONSTRAINT "exercise_logs_phase_id_plan_phases_id_fk" FOREIGN KEY ("phase_id") REFERENCES "public"."plan_phases"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercise_logs" ADD CONSTRAINT "exercise_logs_plan_exercise_id_plan_exercises_id_fk" FOREIGN KEY ("plan_exercise_id") REFERENCES "public"."plan_exercises"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_exercises" ADD CONSTRAINT "plan_exercises_phase_id_plan_phases_id_fk" FOREIGN KEY ("phase_id") REFERENCES "public"."plan_phases"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_exercises" ADD CONSTRAINT "plan_exercises_exercise_id_exercises_id_fk" FOREIGN KEY ("exercise_id") REFERENCES "public"."exercises"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_phases" ADD CONSTRAINT "plan_phases_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_phases" ADD CONSTRAINT "plan_phases_advanced_by_users_id_fk" FOREIGN KEY ("advanced_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "login_attempts_email_idx" ON "login_attempts" USING btree ("email","attempted_at");--> statement-breakpoint
CREATE INDEX "login_attempts_ip_idx" ON "login_attempts" USING btree ("ip","attempted_at");--> statement-breakpoint
CREATE INDEX "recovery_codes_user_idx" ON "recovery_codes" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "user_tokens_user_idx" ON "user_tokens" USING btree ("user_id","purpose");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_lower_key" ON "users" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "patients_name_idx" ON "patients" USING btree (lower("full_name"));--> statement-breakpoint
CREATE INDEX "appointments_therapist_time_idx" ON "appointments" USING btree ("therapist_id","starts_at");--> statement-breakpoint
CREATE INDEX "appointments_patient_time_idx" ON "appointments" USING btree ("patient_id","starts_at");--> statement-breakpoint
CREATE INDEX "availability_exceptions_therapist_idx" ON "availability_exceptions" USING btree ("therapist_id","starts_at");--> statement-breakpoint
CREATE INDEX "availability_rules_therapist_idx" ON "availability_rules" USING btree ("therapist_id","weekday");--> statement-breakpoint
CREATE INDEX "intakes_patient_idx" ON "intakes" USING btree ("patient_id","created_at");--> statement-breakpoint
CREATE INDEX "assessments_patient_idx" ON "assessments" USING btree ("patient_id","created_at");--> statement-breakpoint
CREATE INDEX "exercise_logs_patient_date_idx" ON "exercise_logs" USING btree ("patient_id","log_date");--> statement-breakpoint
CREATE INDEX "plan_exercises_phase_idx" ON "plan_exercises" USING btree ("phase_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_phases_one_current_per_plan" ON "plan_phases" USING btree ("plan_id") WHERE "plan_phases"."status" = 'current';--> statement-breakpoint
CREATE INDEX "plans_patient_idx" ON "plans" USING btree ("patient_id");--> statement-breakpoint
CREATE UNIQUE INDEX "plans_one_active_per_patient" ON "plans" USING btree ("patient_id") WHERE "plans"."status" = 'active';--> statement-breakpoint
CREATE INDEX "audit_events_patient_idx" ON "audit_events" USING btree ("patient_id","occurred_at");--> statement-breakpoint
CREATE INDEX "audit_events_actor_idx" ON "audit_events" USING btree ("actor_user_id","occurred_at");--> statement-breakpoint
CREATE INDEX "outbox_emails_pending_idx" ON "outbox_emails" USING btree ("next_attempt_at") WHERE "outbox_emails"."sent_at" is null;--> statement-breakpoint
CREATE INDEX "outbox_emails_recipient_idx" ON "outbox_emails" USING btree ("to_address","created_at");