import { env } from "@/lib/env";
import { MAX_BODY_BYTES } from "@/lib/security/limits";

/**
 * The hostile requests of issue 12 (points 1 and 3) as the authorization matrix, the proxy test and the
 * fuzzers send them: what a browser on another site, a script without a browser, or a client inventing its
 * own forwarded headers would post. Each has the answer the request guard must give (docs/decisions/015).
 */
export const APP_ORIGIN = new URL(env.APP_URL).origin;
const APP_HOST = new URL(env.APP_URL).host;
const FOREIGN = "https://aanvaller.example";

export type Hostile = { name: string; headers: Record<string, string>; oversized?: "announced" | "streamed"; status: 403 | 413 };

export const hostileRequests: Hostile[] = [
  { name: "no Origin and no Sec-Fetch-Site (a script)", headers: {}, status: 403 },
  { name: "no Origin, Sec-Fetch-Site cross-site", headers: { "sec-fetch-site": "cross-site" }, status: 403 },
  { name: "no Origin, Sec-Fetch-Site same-site (a sibling subdomain)", headers: { "sec-fetch-site": "same-site" }, status: 403 },
  { name: "Origin: null (a sandboxed frame or a redirect)", headers: { origin: "null", "sec-fetch-site": "cross-site" }, status: 403 },
  { name: "a foreign Origin", headers: { origin: FOREIGN, "sec-fetch-site": "cross-site" }, status: 403 },
  { name: "a look-alike Origin", headers: { origin: `${APP_ORIGIN}.aanvaller.example` }, status: 403 },
  { name: "the app's host over the other scheme", headers: { origin: APP_ORIGIN.startsWith("https:") ? APP_ORIGIN.replace("https:", "http:") : APP_ORIGIN.replace("http:", "https:") }, status: 403 },
  {
    name: "a foreign Origin with forged forwarded host headers",
    headers: { origin: FOREIGN, host: "aanvaller.example", "x-forwarded-host": "aanvaller.example", "x-forwarded-proto": "https", forwarded: "host=aanvaller.example;proto=https" },
    status: 403,
  },
  { name: "a foreign Origin claiming Sec-Fetch-Site same-origin", headers: { origin: FOREIGN, "sec-fetch-site": "same-origin" }, status: 403 },
  { name: "5 MB announced in Content-Length", headers: { origin: APP_ORIGIN, "sec-fetch-site": "same-origin" }, oversized: "announced", status: 413 },
  { name: "5 MB streamed without Content-Length", headers: { origin: APP_ORIGIN, "sec-fetch-site": "same-origin" }, oversized: "streamed", status: 413 },
];

/** What our own pages send: accepted. */
export const ownRequests: { name: string; headers: Record<string, string> }[] = [
  { name: "the app's own Origin", headers: { origin: APP_ORIGIN, host: APP_HOST, "sec-fetch-site": "same-origin" } },
  { name: "no Origin, Sec-Fetch-Site same-origin", headers: { "sec-fetch-site": "same-origin", host: APP_HOST } },
];

export const FIVE_MB = 5 * 1_048_576;

/** A POST of `form` to `path` with the hostile (or own) headers, as it reaches the server. */
export function postOf(path: string, form: FormData, variant: { headers: Record<string, string>; oversized?: Hostile["oversized"] }): Request {
  const body = new FormData();
  for (const [key, value] of form.entries()) body.append(key, value);
  const headers = new Headers(variant.headers);
  headers.set("next-action", "0123456789abcdef0123456789abcdef01234567");
  if (variant.oversized) body.append("opvulling", "x".repeat(FIVE_MB));
  if (variant.oversized === "announced") headers.set("content-length", String(FIVE_MB + 1_000));
  const request = new Request(new URL(path, env.APP_URL), { method: "POST", body, headers });
  return request;
}

export { MAX_BODY_BYTES };
