import { z } from "zod";
import { cleanText } from "@/lib/validation/text";
import { exercisePhases } from "@/lib/plans/phases";
import { criteriaFromLines } from "@/lib/plans/criteria";
import { DOSAGE_LIMITS, wholeNumber } from "./plan";

/** The exercise library form, shared by the form and its actions. Ranges are the database's checks. */
export const EXERCISE_NAME_MAX = 120;
export const EXERCISE_SUMMARY_MAX = 300;
export const EXERCISE_INSTRUCTIONS_MAX = 4000;
export const CUE_MAX = 200;
export const CUES_MAX = 10;

const trimmed = (max: number, what: string, required = false) =>
  z
    .string()
    .optional()
    .transform((value) => cleanText(value ?? "").trim())
    .pipe(required ? z.string().min(1, `Vul ${what} in.`).max(max, `Te lang: hoogstens ${max} tekens.`) : z.string().max(max, `Te lang: hoogstens ${max} tekens.`));

export const exerciseSchema = z
  .object({
    name: trimmed(EXERCISE_NAME_MAX, "een naam", true),
    summary: trimmed(EXERCISE_SUMMARY_MAX, "een korte omschrijving"),
    instructions: trimmed(EXERCISE_INSTRUCTIONS_MAX, "de uitleg", true),
    cues: z
      .string()
      .optional()
      .transform((value) => criteriaFromLines(cleanText(value ?? "")))
      .pipe(z.array(z.string().max(CUE_MAX, `Een aandachtspunt is te lang: hoogstens ${CUE_MAX} tekens per regel.`)).max(CUES_MAX, `Hoogstens ${CUES_MAX} aandachtspunten.`)),
    defaultSets: wholeNumber(DOSAGE_LIMITS.sets, "Sets", true),
    defaultReps: wholeNumber(DOSAGE_LIMITS.reps, "Herhalingen", false),
    defaultHoldSeconds: wholeNumber(DOSAGE_LIMITS.holdSeconds, "Seconden vasthouden", false),
    defaultTimesPerWeek: wholeNumber(DOSAGE_LIMITS.timesPerWeek, "Keer per week", true),
    phaseTags: z.array(z.enum(exercisePhases, "Kies alleen fasen uit de lijst.")).default([]),
  })
  .superRefine((value, ctx) => {
    if (value.defaultReps === null && value.defaultHoldSeconds === null) {
      ctx.addIssue({ code: "custom", path: ["defaultReps"], message: "Vul herhalingen of seconden vasthouden in (of allebei)." });
    }
  })
  .transform((value) => ({
    ...value,
    defaultSets: value.defaultSets as number,
    defaultTimesPerWeek: value.defaultTimesPerWeek as number,
    phaseTags: exercisePhases.filter((phase) => value.phaseTags.includes(phase)),
  }));

export type ExerciseInput = z.output<typeof exerciseSchema>;
export type ExerciseField = keyof z.input<typeof exerciseSchema>;

/** The posted form as the schema reads it (phase tags as an array). */
export function exerciseInput(formData: FormData): Record<string, unknown> {
  const get = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : undefined;
  };
  return {
    name: get("name"),
    summary: get("summary"),
    instructions: get("instructions"),
    cues: get("cues"),
    defaultSets: get("defaultSets"),
    defaultReps: get("defaultReps"),
    defaultHoldSeconds: get("defaultHoldSeconds"),
    defaultTimesPerWeek: get("defaultTimesPerWeek"),
    phaseTags: formData.getAll("phaseTags").filter((v): v is string => typeof v === "string"),
  };
}
