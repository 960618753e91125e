import { z } from "zod";

/** The follow-up form's hidden fields and chosen time, as the action receives them. */
export const followUpSchema = z.object({
  patientId: z.uuid({ error: "Deze patiënt bestaat niet (meer)." }),
  dienst: z.string().regex(/^[a-z0-9-]{1,80}$/, { error: "Kies een behandeling." }),
  therapeut: z.string().regex(/^[a-z0-9-]{1,80}$/, { error: "Kies een therapeut." }),
  tijd: z
    .string({ error: "Kies een tijd." })
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{3})?)?Z$/, { error: "Kies een tijd." })
    .transform((v) => new Date(v))
    .refine((d) => !Number.isNaN(d.getTime()), { error: "Kies een tijd." }),
  sleutel: z.string().regex(/^[A-Za-z0-9_-]{16,100}$/, { error: "Laad de pagina opnieuw en probeer het nog eens." }),
});

export type FollowUpField = keyof z.input<typeof followUpSchema>;

/** The action's state: after "taken", other free times to choose from, as { value: ISO instant, label }. */
export type FollowUpFormState = import("./form-state").FormState<FollowUpField> & { times?: { value: string; label: string }[] };
