import { z } from "zod";

/**
 * What the triage needs to know, as answers a patient can give: in the public self-check, or derived from
 * the booking intake. Every field is optional: an answer that is unknown or was not asked is left out and
 * never raises a flag on its own.
 */
export const complaintLocations = ["left", "right", "both", "elsewhere"] as const;
export const complaintOnsets = ["acute", "gradual"] as const;
export const weightBearingLevels = ["normal", "painful", "impossible"] as const;
export const crampDurations = ["none", "minutes", "longer"] as const;
export const crampTrends = ["none", "stable", "increasing"] as const;

export const triageInputSchema = z
  .object({
    /** Left, right or both hamstrings, or a complaint elsewhere. */
    location: z.enum(complaintLocations),
    /** Acute: during a sprint, acceleration or abrupt stop. Gradual: grew with repeated load. */
    onset: z.enum(complaintOnsets),
    /** A felt or heard pop ("knak") when it started. */
    pop: z.boolean(),
    /** A visible dent in the muscle. */
    visibleDent: z.boolean(),
    /** Standing on the leg: as usual, painful, or not possible. */
    weightBearing: z.enum(weightBearingLevels),
    /** Swelling or bruising at the back of the thigh. */
    swellingOrBruising: z.boolean(),
    /** Clearly less strength in the leg. */
    strengthLoss: z.boolean(),
    /** Walking is hard. */
    walkingHard: z.boolean(),
    /** How long a cramp lasts: no cramps, up to a few minutes, or longer. */
    crampDuration: z.enum(crampDurations),
    /** How often cramps come: no cramps, about the same, or more and more often. */
    crampTrend: z.enum(crampTrends),
    /** Cramp already at minimal effort. */
    crampAtMinimalEffort: z.boolean(),
    /** One leg has (cramp) complaints far more often than the other. */
    oneLegMuchMore: z.boolean(),
    /** A week of rest did not make it better. */
    noImprovementAfterRestWeek: z.boolean(),
  })
  .partial()
  .strict();

export type TriageInput = z.infer<typeof triageInputSchema>;
export type ComplaintLocation = (typeof complaintLocations)[number];
