import { z } from "zod";
import { cleanText } from "@/lib/validation/text";

/**
 * The day's checklist as its form posts it: per exercise a field `oefening:<planExerciseId>` with gedaan /
 * overgeslagen / aangepast (an exercise left open is not logged), pain during the session once, a note, and
 * optionally the morning score for the previous session. Which exercises and days the patient may log is
 * checked against their own plan by lib/data/session-log.ts; this checks the shape.
 */
export const NOTE_MAX_LENGTH = 1000;
export const EXERCISE_FIELD_PREFIX = "oefening:";
/** How heavy an exercise felt, per exercise: `zwaarte:<planExerciseId>` = te-licht / goed / te-zwaar. */
export const EFFORT_FIELD_PREFIX = "zwaarte:";
export const effortOptions = { "te-licht": "too_light", goed: "right", "te-zwaar": "too_heavy" } as const;
export type Effort = (typeof effortOptions)[keyof typeof effortOptions];
export const MAX_EXERCISES_PER_SESSION = 40;

/** "makkelijker": done as the exercise's easier variant (the library names it); stored as done with changes. */
export const exerciseStatuses = { gedaan: "done", overgeslagen: "skipped", aangepast: "modified", makkelijker: "easier" } as const;
export type ExerciseStatus = (typeof exerciseStatuses)[keyof typeof exerciseStatuses];

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

const date = (message: string) => z.string(message).regex(/^\d{4}-\d{2}-\d{2}$/, message);

export const sessionLogSchema = z
  .object({
    logDate: date("Deze dag klopt niet."),
    painDuring: painScore,
    note: z
      .string()
      .optional()
      .transform((value) => cleanText(value ?? "").trim())
      .pipe(z.string().max(NOTE_MAX_LENGTH, `Je notitie is te lang: hoogstens ${NOTE_MAX_LENGTH} tekens.`)),
    morningPain: painScore,
    /** Set by the phone's offline queue (decision 021): the same key sent again stores nothing. */
    submissionKey: z.union([z.literal(""), z.uuid("Deze inzending klopt niet.")]).optional().transform((value) => value || null),
    morningFor: z.union([z.literal(""), date("Deze dag klopt niet.")]).optional().transform((value) => value || null),
    exercises: z
      .array(
        z.object({
          planExerciseId: z.string().max(64),
          status: z.enum(Object.keys(exerciseStatuses) as ["gedaan", "overgeslagen", "aangepast", "makkelijker"], "Kies gedaan, overgeslagen, aangepast of de makkelijkere variant."),
          effort: z
            .enum(["", ...Object.keys(effortOptions)] as ["", "te-licht", "goed", "te-zwaar"], "Kies te licht, goed of te zwaar.")
            .optional()
            .transform((value) => (value ? effortOptions[value] : null)),
        }),
      )
      .max(MAX_EXERCISES_PER_SESSION, "Te veel oefeningen in één keer."),
  })
  .superRefine((value, ctx) => {
    if (value.exercises.length > 0 || value.morningPain !== null) return;
    const message = "Kies bij minstens één oefening of je hem gedaan, overgeslagen of aangepast hebt.";
    ctx.addIssue({ code: "custom", path: ["exercises"], message });
  })
  .transform(({ exercises, ...rest }) => ({
    ...rest,
    exercises: exercises.map((e) => ({ planExerciseId: e.planExerciseId, status: exerciseStatuses[e.status] as ExerciseStatus, effort: e.status === "overgeslagen" ? null : e.effort })),
  }));

export type SessionLogInput = z.output<typeof sessionLogSchema>;
export type SessionLogField = "logDate" | "painDuring" | "note" | "morningPain" | "morningFor" | "exercises" | `${typeof EXERCISE_FIELD_PREFIX}${string}`;

/** The form's fields as the schema reads them; exercise answers are collected from their prefixed names. */
export function sessionLogFromForm(formData: FormData): unknown {
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : undefined;
  };
  const exercises: { planExerciseId: string; status: unknown; effort?: unknown }[] = [];
  for (const [key, value] of formData.entries()) {
    if (!key.startsWith(EXERCISE_FIELD_PREFIX)) continue;
    const planExerciseId = key.slice(EXERCISE_FIELD_PREFIX.length);
    const effort = formData.get(`${EFFORT_FIELD_PREFIX}${planExerciseId}`);
    exercises.push({ planExerciseId, status: typeof value === "string" ? value : "", effort: typeof effort === "string" ? effort : undefined });
  }
  return { logDate: text("logDate"), painDuring: text("painDuring"), note: text("note"), morningPain: text("morningPain"), morningFor: text("morningFor"), submissionKey: text("submissionKey"), exercises };
}
