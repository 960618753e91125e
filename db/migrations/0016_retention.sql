CREATE TYPE "public"."erasure_status" AS ENUM('open', 'answered');--> statement-breakpoint
CREATE TABLE "erasure_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"status" "erasure_status" DEFAULT 'open' NOT NULL,
	"answered_by" uuid,
	"answered_at" timestamp with time zone,
	"answer_note" text DEFAULT '' NOT NULL,
	"account_closed" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "erasure_requests_answer_complete" CHECK (("erasure_requests"."status" = 'open') = ("erasure_requests"."answered_at" is null))
);
--> statement-breakpoint
ALTER TABLE "patients" ADD COLUMN "purged_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "erasure_requests" ADD CONSTRAINT "erasure_requests_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "erasure_requests" ADD CONSTRAINT "erasure_requests_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "erasure_requests_patient_idx" ON "erasure_requests" USING btree ("patient_id","created_at");--> statement-breakpoint
CREATE INDEX "erasure_requests_open_idx" ON "erasure_requests" USING btree ("created_at") WHERE "erasure_requests"."status" = 'open';--> statement-breakpoint
-- Retention (decision 024): a record is kept 20 years after its last change (WGBO, art. 7:454 BW), then the
-- daily purge job removes it. The append-only triggers refuse DELETE for every code path; the one exception is
-- a DELETE inside `keten_purge_patient`, which sets the transaction-local flag `keten.retention_purge` for the
-- span of its own deletes. UPDATE and TRUNCATE stay refused, and the audit log is never deleted.
CREATE OR REPLACE FUNCTION "keten_refuse_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND TG_TABLE_NAME <> 'audit_events'
     AND current_setting('keten.retention_purge', true) = 'on' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION '% on % is not allowed: this table is append-only', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
-- The last change to anything in a patient's record: the instant the 20-year term starts from.
CREATE FUNCTION "keten_patient_last_change"(p uuid) RETURNS timestamptz
LANGUAGE sql STABLE AS $$
  SELECT greatest(
    (SELECT updated_at FROM patients WHERE id = p),
    (SELECT max(greatest(updated_at, ends_at)) FROM appointments WHERE patient_id = p),
    (SELECT max(created_at) FROM intakes WHERE patient_id = p),
    (SELECT max(created_at) FROM intake_screenings WHERE patient_id = p),
    (SELECT updated_at FROM patient_identifiers WHERE patient_id = p),
    (SELECT max(r.created_at) FROM assessment_revisions r JOIN assessments a ON a.id = r.assessment_id WHERE a.patient_id = p),
    (SELECT max(r.created_at) FROM visit_note_revisions r JOIN visit_notes n ON n.id = r.note_id WHERE n.patient_id = p),
    (SELECT max(greatest(pl.updated_at, ph.updated_at, pe.updated_at)) FROM plans pl
       LEFT JOIN plan_phases ph ON ph.plan_id = pl.id LEFT JOIN plan_exercises pe ON pe.phase_id = ph.id WHERE pl.patient_id = p),
    (SELECT max(updated_at) FROM exercise_logs WHERE patient_id = p),
    (SELECT max(created_at) FROM outcome_measures WHERE patient_id = p)
  );
$$;
--> statement-breakpoint
-- Removes the clinical record of one patient whose last change lies before `cutoff`, and returns how many rows
-- went per kind (NULL: not expired, or already purged). What stays is the patient row as an empty stub (no name,
-- birth date, phone) and a closed user row without e-mail address, so the audit log's rows keep their subject.
CREATE FUNCTION "keten_purge_patient"(p uuid, cutoff timestamptz) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
  last_change timestamptz;
  account uuid;
  address text;
  n jsonb := '{}'::jsonb;
  c bigint;
BEGIN
  SELECT user_id INTO account FROM patients WHERE id = p AND purged_at IS NULL FOR UPDATE;
  IF NOT FOUND THEN RETURN NULL; END IF;
  last_change := keten_patient_last_change(p);
  IF last_change >= cutoff THEN RETURN NULL; END IF;
  SELECT email INTO address FROM users WHERE id = account;
  PERFORM set_config('keten.retention_purge', 'on', true);

  DELETE FROM exercise_logs WHERE patient_id = p; GET DIAGNOSTICS c = ROW_COUNT; n := n || jsonb_build_object('exerciseLogs', c);
  DELETE FROM outcome_measures WHERE patient_id = p; GET DIAGNOSTICS c = ROW_COUNT; n := n || jsonb_build_object('outcomeMeasures', c);
  DELETE FROM plan_exercises WHERE phase_id IN (SELECT ph.id FROM plan_phases ph JOIN plans pl ON pl.id = ph.plan_id WHERE pl.patient_id = p);
  DELETE FROM plan_phases WHERE plan_id IN (SELECT id FROM plans WHERE patient_id = p);
  DELETE FROM plans WHERE patient_id = p; GET DIAGNOSTICS c = ROW_COUNT; n := n || jsonb_build_object('plans', c);
  DELETE FROM visit_note_revisions WHERE note_id IN (SELECT id FROM visit_notes WHERE patient_id = p);
  DELETE FROM visit_notes WHERE patient_id = p; GET DIAGNOSTICS c = ROW_COUNT; n := n || jsonb_build_object('visitNotes', c);
  DELETE FROM assessment_findings WHERE revision_id IN
    (SELECT r.id FROM assessment_revisions r JOIN assessments a ON a.id = r.assessment_id WHERE a.patient_id = p);
  DELETE FROM assessment_revisions WHERE assessment_id IN (SELECT id FROM assessments WHERE patient_id = p);
  DELETE FROM assessments WHERE patient_id = p; GET DIAGNOSTICS c = ROW_COUNT; n := n || jsonb_build_object('assessments', c);
  DELETE FROM intake_screenings WHERE patient_id = p; GET DIAGNOSTICS c = ROW_COUNT; n := n || jsonb_build_object('screenings', c);
  DELETE FROM patient_identifiers WHERE patient_id = p;
  DELETE FROM intakes WHERE patient_id = p; GET DIAGNOSTICS c = ROW_COUNT; n := n || jsonb_build_object('intakes', c);
  DELETE FROM waitlist_entries WHERE patient_id = p;
  DELETE FROM log_submissions WHERE patient_id = p;
  DELETE FROM appointments WHERE patient_id = p; GET DIAGNOSTICS c = ROW_COUNT; n := n || jsonb_build_object('appointments', c);
  DELETE FROM erasure_requests WHERE patient_id = p;

  PERFORM set_config('keten.retention_purge', '', true);

  DELETE FROM user_sessions WHERE user_id = account;
  DELETE FROM user_tokens WHERE user_id = account;
  DELETE FROM recovery_codes WHERE user_id = account;
  DELETE FROM booking_holds WHERE user_id = account;
  DELETE FROM outbox_emails WHERE to_address = address;
  UPDATE patients SET full_name = 'Verwijderd dossier', date_of_birth = '1900-01-01', phone = NULL, sms_consent_at = NULL,
    reminders_by_email = false, purged_at = now(), updated_at = now() WHERE id = p;
  UPDATE users SET email = 'verwijderd-' || account || '@dossier.invalid', password_hash = NULL, activated_at = NULL,
    deactivated_at = coalesce(deactivated_at, now()), session_version = session_version + 1, totp_secret = NULL,
    totp_enabled_at = NULL, totp_last_step = NULL, updated_at = now() WHERE id = account;
  RETURN n || jsonb_build_object('lastChangeAt', last_change);
END;
$$;
