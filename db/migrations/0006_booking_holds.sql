CREATE TABLE "booking_holds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"therapist_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"during" "tstzrange" GENERATED ALWAYS AS (tstzrange(starts_at, ends_at, '[)')) STORED,
	"expires_at" timestamp with time zone NOT NULL,
	"confirm_token_hash" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"answers" jsonb NOT NULL,
	"no_preference" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "booking_holds_confirm_token_hash_unique" UNIQUE("confirm_token_hash"),
	CONSTRAINT "booking_holds_idempotency_key_unique" UNIQUE("idempotency_key"),
	CONSTRAINT "booking_holds_start_before_end" CHECK ("booking_holds"."starts_at" < "booking_holds"."ends_at"),
	CONSTRAINT "booking_holds_answers_object" CHECK (jsonb_typeof("booking_holds"."answers") = 'object')
);
--> statement-breakpoint
ALTER TABLE "booking_holds" ADD CONSTRAINT "booking_holds_therapist_id_therapists_id_fk" FOREIGN KEY ("therapist_id") REFERENCES "public"."therapists"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_holds" ADD CONSTRAINT "booking_holds_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_holds" ADD CONSTRAINT "booking_holds_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "booking_holds_therapist_time_idx" ON "booking_holds" USING btree ("therapist_id","starts_at");--> statement-breakpoint
CREATE INDEX "booking_holds_expires_idx" ON "booking_holds" USING btree ("expires_at");--> statement-breakpoint
-- Two holds of one therapist never cover the same time (decision 016). Expired holds are deleted by the
-- booking transaction that needs their time, under the therapist lock, before it inserts.
ALTER TABLE "booking_holds"
  ADD CONSTRAINT "booking_holds_no_overlap"
  EXCLUDE USING gist ("therapist_id" WITH =, "during" WITH &&);
