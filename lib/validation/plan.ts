import { z } from "zod";
import { cleanLine, cleanText } from "@/lib/validation/text";
import { criteriaFromLines } from "@/lib/plans/criteria";

/**
 * The plan builder's forms, shared by the forms and their actions. The ranges are the database's checks
 * (db/schema/plans.ts), so a value the form accepts is one the database accepts.
 */
export const DOSAGE_LIMITS = { sets: [1, 20], reps: [1, 200], holdSeconds: [1, 3600], durationMinutes: [1, 300], restSeconds: [0, 600], timesPerWeek: [1, 21] } as const;
export const DOSAGE_TEXT_MAX = 60;
/** How a side is posted (Dutch) and stored. */
export const sideOptions = { "per-kant": "each_side", links: "left", rechts: "right" } as const;
export const PHASE_TITLE_MAX = 120;
export const PHASE_GOAL_MAX = 2000;
export const CRITERION_MAX = 300;
export const CRITERIA_MAX = 12;
export const DOSAGE_NOTES_MAX = 500;
export const CHECK_NOTE_MAX = 500;

/** A whole number in a range as a form posts it (text); empty is null unless required. */
export function wholeNumber(range: readonly [number, number], what: string, required: boolean) {
  const message = `${what}: vul een heel getal in van ${range[0]} tot en met ${range[1]}${required ? "" : ", of laat het leeg"}.`;
  return z
    .string()
    .optional()
    .transform((value, ctx) => {
      const trimmed = (value ?? "").trim();
      if (trimmed === "") {
        if (required) {
          ctx.addIssue({ code: "custom", message });
          return z.NEVER;
        }
        return null;
      }
      const number = Number(trimmed);
      if (!/^-?\d{1,5}$/.test(trimmed) || number < range[0] || number > range[1]) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return number;
    });
}

export const dosageSchema = z
  .object({
    sets: wholeNumber(DOSAGE_LIMITS.sets, "Sets", true),
    reps: wholeNumber(DOSAGE_LIMITS.reps, "Herhalingen", false),
    holdSeconds: wholeNumber(DOSAGE_LIMITS.holdSeconds, "Seconden vasthouden", false),
    durationMinutes: wholeNumber(DOSAGE_LIMITS.durationMinutes, "Minuten", false),
    side: z
      .string()
      .optional()
      .transform((value, ctx) => {
        if (!value) return null;
        if (!(value in sideOptions)) {
          ctx.addIssue({ code: "custom", message: "Kies per kant, links, rechts of geen kant." });
          return z.NEVER;
        }
        return sideOptions[value as keyof typeof sideOptions];
      }),
    load: z
      .string()
      .optional()
      .transform((value) => cleanText(value ?? "").trim())
      .pipe(z.string().max(DOSAGE_TEXT_MAX, `Belasting: hoogstens ${DOSAGE_TEXT_MAX} tekens.`)),
    tempo: z
      .string()
      .optional()
      .transform((value) => cleanText(value ?? "").trim())
      .pipe(z.string().max(DOSAGE_TEXT_MAX, `Tempo: hoogstens ${DOSAGE_TEXT_MAX} tekens.`)),
    restSeconds: wholeNumber(DOSAGE_LIMITS.restSeconds, "Rust tussen de sets (seconden)", false),
    timesPerWeek: wholeNumber(DOSAGE_LIMITS.timesPerWeek, "Hoe vaak", true),
    notes: z
      .string()
      .optional()
      .transform((value) => cleanText(value ?? "").trim())
      .pipe(z.string().max(DOSAGE_NOTES_MAX, `De toelichting is te lang: hoogstens ${DOSAGE_NOTES_MAX} tekens.`)),
  })
  .superRefine((value, ctx) => {
    if (value.reps === null && value.holdSeconds === null && value.durationMinutes === null) {
      ctx.addIssue({ code: "custom", path: ["reps"], message: "Vul herhalingen, seconden vasthouden of minuten in." });
    }
  })
  .transform((value) => ({ ...value, sets: value.sets as number, timesPerWeek: value.timesPerWeek as number }));

export type DosageInput = z.output<typeof dosageSchema>;
export type DosageField = keyof z.input<typeof dosageSchema>;

/** Adding an exercise: which one, and optionally a dosage (empty fields take the library's defaults). */
export const addExerciseSchema = z.object({
  exerciseId: z.string("Kies een oefening.").min(1, "Kies een oefening."),
});

export const phaseSchema = z.object({
  title: z
    .string("Geef de fase een titel.")
    .transform((value) => cleanLine(value).trim())
    .pipe(z.string().min(1, "Geef de fase een titel.").max(PHASE_TITLE_MAX, `De titel is te lang: hoogstens ${PHASE_TITLE_MAX} tekens.`)),
  goal: z
    .string()
    .optional()
    .transform((value) => cleanText(value ?? "").trim())
    .pipe(z.string().max(PHASE_GOAL_MAX, `Het doel is te lang: hoogstens ${PHASE_GOAL_MAX} tekens.`)),
  exitCriteria: z
    .string()
    .optional()
    .transform((value) => criteriaFromLines(cleanText(value ?? "")))
    .pipe(
      z
        .array(z.string().max(CRITERION_MAX, `Een criterium is te lang: hoogstens ${CRITERION_MAX} tekens per regel.`))
        .max(CRITERIA_MAX, `Hoogstens ${CRITERIA_MAX} criteria per fase.`),
    ),
});

/** The pain rule's limits of a phase (lib/plans/pain-rule.ts): 0–10 each; 0 during exercise is "pijnvrij". */
export const PAIN_LIMIT_RANGE = [0, 10] as const;
export const painLimitsSchema = z
  .object({
    painMaxDuring: wholeNumber(PAIN_LIMIT_RANGE, "Pijn tijdens het oefenen", true),
    painMaxMorning: wholeNumber(PAIN_LIMIT_RANGE, "Pijn de ochtend erna", true),
  })
  .transform((value) => ({ painMaxDuring: value.painMaxDuring as number, painMaxMorning: value.painMaxMorning as number }));

export type PainLimitsInput = z.output<typeof painLimitsSchema>;

export type PhaseInput = z.output<typeof phaseSchema>;
export type PhaseField = keyof z.input<typeof phaseSchema>;

/** The advance form: per criterion (by index) met or not with an optional note, and the override. */
export type AdvanceInput = {
  phaseId: string;
  checks: { met: boolean; note: string }[];
  override: boolean;
  overrideReason: string;
};

export type AdvanceField = "form" | "overrideReason" | `note-${number}`;

/** Reads the advance form for a phase with `criteriaCount` criteria; errors per field, in Dutch. */
export function parseAdvanceForm(
  formData: FormData,
  criteriaCount: number,
): { ok: true; data: AdvanceInput } | { ok: false; fieldErrors: Partial<Record<AdvanceField, string[]>> } {
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value.trim() : "";
  };
  const fieldErrors: Partial<Record<AdvanceField, string[]>> = {};
  const checks = Array.from({ length: criteriaCount }, (_, index) => {
    const note = text(`note-${index}`);
    if (note.length > CHECK_NOTE_MAX) fieldErrors[`note-${index}`] = [`Deze notitie is te lang: hoogstens ${CHECK_NOTE_MAX} tekens.`];
    return { met: formData.get(`met-${index}`) === "ja", note };
  });
  const override = formData.get("override") === "ja";
  const overrideReason = text("overrideReason");
  const allMet = checks.every((check) => check.met);
  if (!allMet && !override) {
    fieldErrors.form = ["Niet alle criteria zijn gehaald. Vink ze aan, of kies 'Toch doorzetten' en geef een reden."];
  }
  if (!allMet && override && overrideReason.length < 3) fieldErrors.overrideReason = ["Geef aan waarom je toch doorzet."];
  if (overrideReason.length > CHECK_NOTE_MAX) fieldErrors.overrideReason = [`De reden is te lang: hoogstens ${CHECK_NOTE_MAX} tekens.`];
  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
  return { ok: true, data: { phaseId: text("phaseId"), checks, override: !allMet && override, overrideReason: !allMet && override ? overrideReason : "" } };
}

/** The advance form as a zod schema over the whole form (for validatedAction): parseAdvanceForm's errors as issues. */
export function advanceFormSchema(criteriaCount: number) {
  return z.instanceof(FormData).transform((formData, ctx) => {
    const parsed = parseAdvanceForm(formData, criteriaCount);
    if (parsed.ok) return parsed.data;
    for (const [field, messages] of Object.entries(parsed.fieldErrors)) {
      for (const message of messages ?? []) ctx.addIssue({ code: "custom", path: [field], message });
    }
    return z.NEVER;
  });
}
