import { z } from "zod";

/**
 * One service's price as the admin types it: euros with an optional comma or point and two cents digits
 * ("79,50", "42"), or empty to publish no price. Stored in cents; the database allows 0 to 100000.
 */
export const servicePriceSchema = z.object({
  serviceId: z.string().default(""),
  price: z
    .string("Vul een bedrag in euro's in, of laat het veld leeg.")
    .trim()
    .regex(/^$|^(?:€\s?)?\d{1,4}(?:[.,]\d{2})?$/, "Vul een bedrag in euro's in, zoals 42 of 79,50 (hoogstens 1000 euro), of laat het veld leeg.")
    .transform((text) => (text === "" ? null : Math.round(Number(text.replace(/^€\s?/, "").replace(",", ".")) * 100)))
    .refine((cents) => cents === null || cents <= 100000, "Vul een bedrag van hoogstens 1000 euro in."),
});
export type ServicePriceInput = z.output<typeof servicePriceSchema>;
export type ServicePriceField = keyof z.input<typeof servicePriceSchema>;
