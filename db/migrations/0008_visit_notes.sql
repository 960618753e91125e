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
ALTER TABLE "visit_note_revisions" ADD CONSTRAINT "visit_note_revisions_note_id_visit_notes_id_fk" FOREIGN KEY ("note_id") REFERENCES "public"."visit_notes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_note_revisions" ADD CONSTRAINT "visit_note_revisions_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_notes" ADD CONSTRAINT "visit_notes_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_notes" ADD CONSTRAINT "visit_notes_appointment_id_appointments_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."appointments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_notes" ADD CONSTRAINT "visit_notes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "visit_notes_patient_idx" ON "visit_notes" USING btree ("patient_id","created_at");--> statement-breakpoint
-- Visit notes are amend-only like assessments (decision 019): a change is a new revision, never an edit.
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
