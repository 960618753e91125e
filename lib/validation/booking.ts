import { z } from "zod";

/**
 * The booking steps' choices as they travel in the URL (service, therapist, day, time — never health data)
 * and in the intake form's hidden fields. Parsed leniently: anything unrecognised is simply "not chosen yet".
 */
export const NO_PREFERENCE = "geen-voorkeur";

const slug = z.string().regex(/^[a-z0-9-]{1,80}$/);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** A start time as a UTC instant, e.g. 2026-03-30T07:00:00.000Z. */
const instant = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{3})?)?Z$/)
  .transform((v) => new Date(v))
  .refine((d) => !Number.isNaN(d.getTime()));

export type BookingChoice = { service?: string; therapist?: string; week?: string; day?: string; time?: Date };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export function parseBookingChoice(params: Record<string, string | string[] | undefined>): BookingChoice {
  const pick = <T,>(schema: z.ZodType<T, string>, value: string | string[] | undefined): T | undefined => {
    const parsed = schema.safeParse(first(value));
    return parsed.success ? parsed.data : undefined;
  };
  return {
    service: pick(slug, params.dienst),
    therapist: pick(slug, params.therapeut),
    week: pick(isoDate, params.week),
    day: pick(isoDate, params.dag),
    time: pick(instant, params.tijd),
  };
}

/** The hidden fields of the intake form: what was chosen in the steps before, and the submit's idempotency key. */
export const bookingContextSchema = z.object({
  dienst: slug,
  therapeut: slug,
  tijd: instant,
  sleutel: z.string().regex(/^[A-Za-z0-9_-]{16,100}$/),
});

export const bookingIntents = ["controleren", "wijzigen", "bevestigen"] as const;
export type BookingIntent = (typeof bookingIntents)[number];
export const bookingIntentSchema = z.enum(bookingIntents);

/** The URL of a booking step with the choices so far. */
export function bookingHref(choice: { dienst?: string; therapeut?: string; week?: string; dag?: string; tijd?: string }, base = "/afspraak"): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(choice)) if (value) params.set(key, value);
  const query = params.toString();
  return query ? `${base}?${query}` : base;
}

/** The state of the intake form's action: which step to show, and what it needs. */
export type BookingFormState = import("./form-state").FormState & {
  step: "intake" | "review" | "taken";
  triage?: import("@/lib/booking/triage-view").TriageView;
  /** After "taken": other free times to choose from, as { value: ISO instant, label }. */
  times?: { value: string; label: string }[];
};
