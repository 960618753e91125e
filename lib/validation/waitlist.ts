import { z } from "zod";
import { cleanLine } from "@/lib/validation/text";
import { dayParts } from "@/lib/waitlist/match";

/**
 * The waitlist form (booking page and portal). Lists come as repeated fields; shared by form and action.
 * An empty or malformed date gets one message, not also the range's (`abort`).
 */
const list = (value: unknown) => (Array.isArray(value) ? value : value === undefined || value === null || value === "" ? [] : [value]);

export const waitlistPreferencesSchema = (today: string) =>
  z.object({
    dienst: z.string("Kies een behandeling.").overwrite(cleanLine).trim().min(1, "Kies een behandeling.").max(80, "Kies een behandeling."),
    therapeut: z.string().overwrite(cleanLine).trim().max(80).optional().transform((v) => (v && v !== "geen-voorkeur" ? v : null)),
    dagen: z.preprocess(
      list,
      z.array(z.enum(["1", "2", "3", "4", "5", "6", "7"], "Kies de dagen uit de lijst.")).min(1, "Kies minstens één dag.").max(7).transform((d) => [...new Set(d.map(Number))].sort()),
    ),
    dagdelen: z.preprocess(list, z.array(z.enum(dayParts, "Kies de dagdelen uit de lijst.")).min(1, "Kies minstens één dagdeel.").max(3).transform((d) => [...new Set(d)])),
    tot: z
      .string("Kies tot wanneer je wilt wachten.")
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "Kies tot wanneer je wilt wachten.", abort: true })
      .refine((d) => d >= today, "Kies een datum vanaf vandaag.")
      .refine((d) => d <= `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`, "Hoogstens een jaar vooruit."),
  });

export const waitlistContactSchema = (today: string) =>
  z.object({
    naam: z.string("Vul je naam in.").overwrite(cleanLine).trim().min(1, "Vul je naam in.").max(120, "Hoogstens 120 tekens."),
    email: z.string("Vul je e-mailadres in.").overwrite(cleanLine).trim().toLowerCase().min(1, "Vul je e-mailadres in.").max(254, "Dit e-mailadres is te lang.").pipe(z.email("Vul een geldig e-mailadres in.")),
    geboortedatum: z
      .string("Vul je geboortedatum in.")
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "Vul je geboortedatum in.", abort: true })
      .refine((d) => d >= "1900-01-01" && d < today, "Vul een geldige geboortedatum in."),
    telefoon: z.string().overwrite(cleanLine).trim().max(30, "Dit nummer is te lang.").optional().transform((v) => v || null),
  });

export type WaitlistPreferences = z.output<ReturnType<typeof waitlistPreferencesSchema>>;
export type WaitlistContact = z.output<ReturnType<typeof waitlistContactSchema>>;
