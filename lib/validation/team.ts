import { z } from "zod";
import { cleanLine } from "@/lib/validation/text";
import { slugify } from "@/lib/content/slug";

/** The team forms (admins only): a new therapist or admin account. Shared by the forms and their actions. */
const email = z
  .string("Vul het e-mailadres in.")
  .overwrite(cleanLine)
  .trim()
  .toLowerCase()
  .min(1, "Vul het e-mailadres in.")
  .max(254, "Dit e-mailadres is te lang.")
  .pipe(z.email("Vul een geldig e-mailadres in."));

const text = (missing: string, max: number, tooLong: string) => z.string(missing).overwrite(cleanLine).trim().min(1, missing).max(max, tooLong);

export const therapistAccountSchema = z
  .object({
    email,
    displayName: text("Vul de naam in zoals patiënten die zien.", 100, "Deze naam is te lang: hoogstens 100 tekens."),
    title: text("Vul de functie in, bijvoorbeeld Fysiotherapeut.", 120, "Deze functie is te lang: hoogstens 120 tekens."),
    slug: z
      .string()
      .trim()
      .optional()
      .transform((value) => value || "")
      .refine((value) => value === "" || /^[a-z0-9]+(-[a-z0-9]+)*$/.test(value), "Alleen kleine letters, cijfers en streepjes, bijvoorbeeld sanne-de-vries.")
      .refine((value) => value.length <= 80, "Dit webadres is te lang: hoogstens 80 tekens."),
    sortOrder: z
      .string()
      .trim()
      .optional()
      .transform((value) => value || "")
      .refine((value) => value === "" || (/^\d{1,3}$/.test(value) && Number(value) <= 999), "Vul een getal van 0 tot 999 in, of laat het leeg.")
      .transform((value) => (value === "" ? null : Number(value))),
  })
  .transform((value) => ({ ...value, slug: value.slug || slugify(value.displayName) }));
export type TherapistAccountInput = z.output<typeof therapistAccountSchema>;
export type TherapistAccountField = keyof z.input<typeof therapistAccountSchema>;

export const adminAccountSchema = z.object({ email });
export type AdminAccountField = keyof z.input<typeof adminAccountSchema>;

export const staffRoleSchema = z.enum(["therapist", "admin"], "Kies een rol.");
