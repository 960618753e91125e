/** Where `npm run dev` serves the app; production must name its own address. */
export const DEVELOPMENT_APP_URL = "http://localhost:3000";

/**
 * APP_URL as lib/env.ts gives it (blank means unset, unset means the development address), read without zod:
 * for proxy.ts, the root layout and lib/content/metadata.ts. They run only after start-up has parsed the whole
 * environment (instrumentation.ts stops a server with a bad value), and importing lib/env.ts made the
 * development server compile zod once more for the proxy and for the first page before `/` could answer
 * (issue 12, point 21).
 */
export function appUrl(source: Record<string, string | undefined> = process.env): string {
  const value = source.APP_URL?.trim();
  return value ? value : DEVELOPMENT_APP_URL;
}
