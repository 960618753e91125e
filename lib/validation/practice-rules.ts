import { z } from "zod";
import { cleanText } from "@/lib/validation/text";

/** The admin's practice rules form (Praktijk → Regels). Every bound matches a check in the database. */
const whole = (label: string, min: number, max: number) =>
  z
    .string(`Vul ${label} in.`)
    .trim()
    .regex(/^\d{1,4}$/, `Vul voor ${label} een heel getal van ${min} tot en met ${max} in.`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `Vul voor ${label} een heel getal van ${min} tot en met ${max} in.`);

export const practiceRulesSchema = z.object({
  cancelCutoffHours: whole("de annuleringstermijn", 0, 168),
  reminderHoursBefore: whole("het moment van de e-mailherinnering", 0, 168),
  eveningReminderHour: whole("het uur van de avondherinnering", 12, 22),
  shortReminderHours: whole("het moment van de sms", 0, 12),
  waitlistOfferCount: whole("het aantal wachtenden per aanbod", 1, 20),
  waitlistOfferMinutes: whole("de geldigheid van een aanbod", 5, 1440),
  whatToBring: z.string("Vul in wat patiënten meenemen.").overwrite(cleanText).trim().min(1, "Vul in wat patiënten meenemen.").max(1000, "Hoogstens 1000 tekens."),
  cancellationPolicy: z.string("Vul het annuleringsbeleid in.").overwrite(cleanText).trim().min(1, "Vul het annuleringsbeleid in.").max(2000, "Hoogstens 2000 tekens."),
  complaintsOfficer: z.string("Vul in hoe een klacht eerst wordt behandeld.").overwrite(cleanText).trim().min(1, "Vul in hoe een klacht eerst wordt behandeld.").max(1000, "Hoogstens 1000 tekens."),
  disputesCommittee: z.string("Vul in waar een klacht daarna heen kan.").overwrite(cleanText).trim().min(1, "Vul in waar een klacht daarna heen kan.").max(1000, "Hoogstens 1000 tekens."),
  calendarFullNames: z.enum(["ja", "nee"], "Kies of volledige namen in de agenda-abonnementen staan.").transform((v) => v === "ja"),
});
export type PracticeRulesInput = z.output<typeof practiceRulesSchema>;
export type PracticeRulesField = keyof z.input<typeof practiceRulesSchema>;
