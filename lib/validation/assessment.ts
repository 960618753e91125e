import { z } from "zod";
import { cleanText } from "@/lib/validation/text";
import { chainLinks, linkMeasures, linkRatings, type AssessmentContent, type ChainLink, type LinkContent } from "@/lib/assessment/chain";

/**
 * The movement-chain assessment form as it posts, shared by the form and its actions. Field names are flat
 * (`hamstring_rating`, `hamstring_findings`, `hamstring_strengthLeft`, …) so every error can sit next to
 * its own field. Numbers accept a Dutch decimal comma and must lie in a realistic range.
 */
export const FINDINGS_MAX = 2000;
export const CONCLUSION_MAX = 4000;
export const NOTES_MAX = 8000;
export const REASON_MAX = 1000;

/** The radio value for "not rated" (stored as null). */
export const NO_RATING = "geen";

export const ratingField = (link: ChainLink) => `${link}_rating`;
export const findingsField = (link: ChainLink) => `${link}_findings`;
export const measureField = (link: ChainLink, key: string) => `${link}_${key}`;

const text = (max: number, what: string) =>
  z
    .string()
    .optional()
    .transform((value) => cleanText(value ?? "").trim())
    .pipe(z.string().max(max, `${what} is te lang: hoogstens ${max} tekens.`));

function measureSchema(min: number, max: number, decimals: number, unit: string) {
  const unitText = unit === "°" ? " graden" : ` ${unit}`;
  const message = `Vul een getal in van ${min} tot en met ${max}${unitText}${decimals === 0 ? ", zonder decimalen" : ""}, of laat het veld leeg.`;
  const pattern = decimals === 0 ? /^\d{1,6}$/ : new RegExp(`^\\d{1,6}(?:[.,]\\d{1,${decimals}})?$`);
  return z
    .string()
    .optional()
    .transform((value, ctx) => {
      const trimmed = (value ?? "").trim();
      if (trimmed === "") return null;
      const number = Number(trimmed.replace(",", "."));
      if (!pattern.test(trimmed) || !Number.isFinite(number) || number < min || number > max) {
        ctx.addIssue({ code: "custom", message: trimmed.startsWith("-") ? `Een negatieve waarde kan niet. ${message}` : message });
        return z.NEVER;
      }
      return number;
    });
}

function buildShape() {
  const shape: Record<string, z.ZodType> = {
    gradeEstimate: z
      .string()
      .optional()
      .transform((value, ctx) => {
        if (!value) return null;
        if (value !== "1" && value !== "2" && value !== "3") {
          ctx.addIssue({ code: "custom", message: "Kies graad 1, 2 of 3, of 'niet geschat'." });
          return z.NEVER;
        }
        return Number(value) as 1 | 2 | 3;
      }),
    conclusion: text(CONCLUSION_MAX, "De conclusie"),
    notes: text(NOTES_MAX, "De notities"),
    weakLinks: z.array(z.enum(chainLinks, "Kies alleen schakels uit de lijst.")).max(chainLinks.length).default([]),
  };
  for (const link of chainLinks) {
    shape[ratingField(link)] = z
      .string()
      .optional()
      .transform((value, ctx) => {
        if (!value || value === NO_RATING) return null;
        if (!(linkRatings as readonly string[]).includes(value)) {
          ctx.addIssue({ code: "custom", message: "Kies normaal, beperkt of compenseert, of laat het open." });
          return z.NEVER;
        }
        return value;
      });
    shape[findingsField(link)] = text(FINDINGS_MAX, "De bevindingen");
    for (const measure of linkMeasures[link]) shape[measureField(link, measure.key)] = measureSchema(measure.min, measure.max, measure.decimals, measure.unit);
  }
  return shape;
}

export const assessmentContentSchema = z.object(buildShape()).transform((raw): AssessmentContent => {
  const value = raw as Record<string, unknown>;
  const links = {} as Record<ChainLink, LinkContent>;
  for (const link of chainLinks) {
    const measures: Record<string, number> = {};
    for (const measure of linkMeasures[link]) {
      const number = value[measureField(link, measure.key)];
      if (typeof number === "number") measures[measure.key] = number;
    }
    links[link] = { rating: (value[ratingField(link)] as LinkContent["rating"]) ?? null, findings: value[findingsField(link)] as string, measures };
  }
  const weakLinks = value.weakLinks as ChainLink[];
  return {
    gradeEstimate: value.gradeEstimate as AssessmentContent["gradeEstimate"],
    conclusion: value.conclusion as string,
    notes: value.notes as string,
    weakLinks: chainLinks.filter((link) => weakLinks.includes(link)),
    links,
  };
});

export const newAssessmentSchema = z.object({
  appointmentId: z
    .string()
    .optional()
    .transform((value) => (value ? value : null)),
});

export const amendmentSchema = z.object({
  expectedRevision: z.coerce.number("Deze pagina is verouderd. Open de beoordeling opnieuw.").int().min(1),
  amendmentReason: z
    .string("Geef aan waarom je de beoordeling wijzigt.")
    .transform((value) => cleanText(value).trim())
    .pipe(z.string().min(3, "Geef aan waarom je de beoordeling wijzigt (minstens een paar woorden).").max(REASON_MAX, `De reden is te lang: hoogstens ${REASON_MAX} tekens.`)),
});

/** The plain object the schemas read from a posted form: one string per field, an array for the weak links. */
export function assessmentInput(formData: FormData): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" || key.startsWith("$ACTION")) continue;
    if (key === "weakLinks") input.weakLinks = [...((input.weakLinks as string[] | undefined) ?? []), value];
    else input[key] = value;
  }
  return input;
}

/** A revision's content as form values (for the amend form, pre-filled with the latest revision). */
export function contentToValues(content: AssessmentContent): Record<string, string> {
  const values: Record<string, string> = {
    gradeEstimate: content.gradeEstimate ? String(content.gradeEstimate) : "",
    conclusion: content.conclusion,
    notes: content.notes,
    weakLinks: content.weakLinks.join(","),
  };
  for (const link of chainLinks) {
    const entry = content.links[link];
    values[ratingField(link)] = entry.rating ?? NO_RATING;
    values[findingsField(link)] = entry.findings;
    for (const measure of linkMeasures[link]) {
      const number = entry.measures[measure.key];
      values[measureField(link, measure.key)] = number === undefined ? "" : String(number).replace(".", ",");
    }
  }
  return values;
}
