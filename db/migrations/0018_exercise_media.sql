CREATE TABLE "exercise_media" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"exercise_id" uuid NOT NULL,
	"content_type" text NOT NULL,
	"byte_size" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage" text NOT NULL,
	"description" text NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exercise_media_exercise_id_unique" UNIQUE("exercise_id"),
	CONSTRAINT "exercise_media_type" CHECK ("exercise_media"."content_type" in ('image/jpeg', 'image/png', 'image/webp', 'video/mp4', 'video/webm')),
	CONSTRAINT "exercise_media_size" CHECK ("exercise_media"."byte_size" > 0 and "exercise_media"."byte_size" <= 26214400),
	CONSTRAINT "exercise_media_storage" CHECK ("exercise_media"."storage" in ('database', 's3')),
	CONSTRAINT "exercise_media_description" CHECK (length(btrim("exercise_media"."description")) between 1 and 300)
);
--> statement-breakpoint
CREATE TABLE "exercise_media_blobs" (
	"media_id" uuid PRIMARY KEY NOT NULL,
	"data" "bytea" NOT NULL
);
--> statement-breakpoint
ALTER TABLE "exercise_media" ADD CONSTRAINT "exercise_media_exercise_id_exercises_id_fk" FOREIGN KEY ("exercise_id") REFERENCES "public"."exercises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercise_media" ADD CONSTRAINT "exercise_media_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercise_media_blobs" ADD CONSTRAINT "exercise_media_blobs_media_id_exercise_media_id_fk" FOREIGN KEY ("media_id") REFERENCES "public"."exercise_media"("id") ON DELETE cascade ON UPDATE no action;