ALTER TABLE "patients" ADD COLUMN "morning_question_by_email" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "exercise_logs" ADD COLUMN "variant_exercise_id" uuid;--> statement-breakpoint
ALTER TABLE "exercises" ADD COLUMN "regression_id" uuid;--> statement-breakpoint
ALTER TABLE "exercises" ADD COLUMN "progression_id" uuid;--> statement-breakpoint
ALTER TABLE "exercise_logs" ADD CONSTRAINT "exercise_logs_variant_exercise_id_exercises_id_fk" FOREIGN KEY ("variant_exercise_id") REFERENCES "public"."exercises"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercises" ADD CONSTRAINT "exercises_regression_id_exercises_id_fk" FOREIGN KEY ("regression_id") REFERENCES "public"."exercises"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercises" ADD CONSTRAINT "exercises_progression_id_exercises_id_fk" FOREIGN KEY ("progression_id") REFERENCES "public"."exercises"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercises" ADD CONSTRAINT "exercises_variants_not_self" CHECK ("exercises"."regression_id" is distinct from "exercises"."id" and "exercises"."progression_id" is distinct from "exercises"."id");