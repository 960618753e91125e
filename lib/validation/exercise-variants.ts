import { z } from "zod";

/** The library editor's variants form: an easier (regression) and a harder (progression) exercise, or none. */
const choice = z
  .string()
  .optional()
  .transform((value) => (value ?? "").trim() || null);

export const exerciseVariantsSchema = z
  .object({ regressionId: choice, progressionId: choice })
  .superRefine((value, ctx) => {
    if (value.regressionId !== null && value.regressionId === value.progressionId) {
      ctx.addIssue({ code: "custom", path: ["progressionId"], message: "De zwaardere variant kan niet dezelfde oefening zijn als de makkelijkere." });
    }
  });

export type ExerciseVariantsInput = z.output<typeof exerciseVariantsSchema>;
