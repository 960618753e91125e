CREATE TABLE "outbox_sms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"to_phone" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	CONSTRAINT "outbox_sms_body_length" CHECK (length("outbox_sms"."body") between 1 and 480)
);
--> statement-breakpoint
ALTER TABLE "patients" ADD COLUMN "reminders_by_email" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "patients" ADD COLUMN "sms_consent_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "appointments" ADD COLUMN "reminder_token_hash" text;--> statement-breakpoint
ALTER TABLE "practice_settings" ADD COLUMN "reminder_hours_before" smallint DEFAULT 48 NOT NULL;--> statement-breakpoint
ALTER TABLE "practice_settings" ADD COLUMN "evening_reminder_hour" smallint DEFAULT 19 NOT NULL;--> statement-breakpoint
ALTER TABLE "practice_settings" ADD COLUMN "short_reminder_hours" smallint DEFAULT 3 NOT NULL;--> statement-breakpoint
ALTER TABLE "practice_settings" ADD COLUMN "what_to_bring" text DEFAULT 'Neem makkelijk zittende kleding mee (een korte broek is handig), de schoenen die je het meest draagt, je verwijzing als je die hebt en je zorgpas.' NOT NULL;--> statement-breakpoint
ALTER TABLE "practice_settings" ADD COLUMN "cancellation_policy" text DEFAULT 'Kun je niet komen? Annuleer of verzet je afspraak uiterlijk 24 uur van tevoren, dan kunnen we de tijd aan iemand anders geven. Een afspraak die later wordt afgezegd of waar je niet verschijnt, kunnen we in rekening brengen; je zorgverzekeraar vergoedt die niet.' NOT NULL;--> statement-breakpoint
ALTER TABLE "practice_settings" ADD COLUMN "waitlist_offer_count" smallint DEFAULT 3 NOT NULL;--> statement-breakpoint
ALTER TABLE "practice_settings" ADD COLUMN "waitlist_offer_minutes" smallint DEFAULT 30 NOT NULL;--> statement-breakpoint
ALTER TABLE "practice_settings" ADD COLUMN "calendar_full_names" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX "outbox_sms_created_idx" ON "outbox_sms" USING btree ("created_at");--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_reminder_token_hash_unique" UNIQUE("reminder_token_hash");--> statement-breakpoint
ALTER TABLE "practice_settings" ADD CONSTRAINT "practice_settings_reminder_range" CHECK ("practice_settings"."reminder_hours_before" between 0 and 168);--> statement-breakpoint
ALTER TABLE "practice_settings" ADD CONSTRAINT "practice_settings_evening_range" CHECK ("practice_settings"."evening_reminder_hour" between 12 and 22);--> statement-breakpoint
ALTER TABLE "practice_settings" ADD CONSTRAINT "practice_settings_short_range" CHECK ("practice_settings"."short_reminder_hours" between 0 and 12);--> statement-breakpoint
ALTER TABLE "practice_settings" ADD CONSTRAINT "practice_settings_offer_count_range" CHECK ("practice_settings"."waitlist_offer_count" between 1 and 20);--> statement-breakpoint
ALTER TABLE "practice_settings" ADD CONSTRAINT "practice_settings_offer_minutes_range" CHECK ("practice_settings"."waitlist_offer_minutes" between 5 and 1440);--> statement-breakpoint
ALTER TABLE "practice_settings" ADD CONSTRAINT "practice_settings_texts_length" CHECK (length("practice_settings"."what_to_bring") <= 1000 and length("practice_settings"."cancellation_policy") <= 2000);