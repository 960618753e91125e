import { z } from "zod";
import { cleanText } from "@/lib/validation/text";

/**
 * A session log as the log form posts it, shared by the form and its action. Which exercise (empty for the
 * whole day's session) and which day are checked against the patient's own plan and today's date by
 * lib/data/exercise-logs.ts; this schema checks the shape.
 */
const PAIN_MESSAGE = "Kies een getal van 0 tot 10.";
const painScore = z
  .string(PAIN_MESSAGE)
  .trim()
  .optional()
  .transform((value, ctx) => {
    if (!value) return null;
    if (!/^\d{1,2}$/.test(value) || Number(value) > 10) {
      ctx.addIssue({ code: "custom", message: PAIN_MESSAGE });
      return z.NEVER;
    }
    return Number(value);
  });

export const NOTE_MAX_LENGTH = 1000;

export const exerciseLogSchema = z.object({
  planExerciseId: z.string().max(64).optional().transform((value) => (value ? value : null)),
  logDate: z.string("Deze dag ontbreekt.").regex(/^\d{4}-\d{2}-\d{2}$/, "Deze dag klopt niet."),
  done: z.enum(["ja", "nee"], "Kies of je de oefeningen hebt gedaan.").transform((value) => value === "ja"),
  painDuring: painScore,
  painAfter: painScore,
  note: z
    .string()
    .optional()
    .transform((value) => cleanText(value ?? "").trim())
    .pipe(z.string().max(NOTE_MAX_LENGTH, `Je notitie is te lang: hoogstens ${NOTE_MAX_LENGTH} tekens.`)),
});

export type ExerciseLogInput = z.output<typeof exerciseLogSchema>;
export type ExerciseLogField = keyof z.input<typeof exerciseLogSchema>;
