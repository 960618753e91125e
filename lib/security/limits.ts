/**
 * The largest request body the app accepts, in one place (docs/decisions/015). proxy.ts refuses a bigger
 * one with a 413 before any page, route or server action reads it; next.config.ts gives Next.js's own
 * server-action limit the same value, so the framework never meets a body the guard let through. Our
 * largest form (an assessment with every finding filled in) stays well under 100 kB.
 */
export const MAX_BODY_BYTES = 1_048_576;

/** The same limit as Next.js's `serverActions.bodySizeLimit` expects it (`"1mb"`). */
export const MAX_BODY_SIZE_LIMIT = `${MAX_BODY_BYTES / 1_048_576}mb` as const;

/**
 * One address takes more: a therapist's photo or short video of an exercise (docs/decisions/022). The file
 * itself is held to its kind's limit by the upload (lib/data/exercise-media.ts); the body may be that much
 * plus the form around it. next.config.ts lets proxy.ts see bodies up to this size
 * (`proxyClientMaxBodySize`); every other address is still refused past MAX_BODY_BYTES.
 */
export const MEDIA_MAX_BYTES = { image: 5 * 1_048_576, video: 25 * 1_048_576 } as const;
export const MEDIA_UPLOAD_BODY_BYTES = MEDIA_MAX_BYTES.video + 64 * 1024;
const MEDIA_UPLOAD_PATH = /^\/praktijk\/oefeningen\/[^/]+\/beeld$/;

/** The body limit of a request to this path. */
export function maxBodyBytesFor(pathname: string): number {
  return MEDIA_UPLOAD_PATH.test(pathname) ? MEDIA_UPLOAD_BODY_BYTES : MAX_BODY_BYTES;
}
