/**
 * The largest request body the app accepts, in one place (docs/decisions/015). proxy.ts refuses a bigger
 * one with a 413 before any page, route or server action reads it; next.config.ts gives Next.js's own
 * server-action limit the same value, so the framework never meets a body the guard let through. Our
 * largest form (an assessment with every finding filled in) stays well under 100 kB.
 */
export const MAX_BODY_BYTES = 1_048_576;

/** The same limit as Next.js's `serverActions.bodySizeLimit` expects it (`"1mb"`). */
export const MAX_BODY_SIZE_LIMIT = `${MAX_BODY_BYTES / 1_048_576}mb` as const;
