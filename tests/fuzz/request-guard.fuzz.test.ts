import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { guardRequest } from "@/lib/security/request-guard";
import { MAX_BODY_BYTES } from "@/lib/security/limits";
import { APP_ORIGIN, hostileRequests, postOf } from "@/tests/authorization/hostile";

/**
 * Issue 12, points 1 and 3, fuzzed: FUZZ_RUNS (default 5,000) generated state-changing requests with every
 * mix of Origin (foreign, look-alike, null, case and port variants, the app's own), Sec-Fetch-Site, forged
 * forwarded host headers and Content-Length. The request guard never throws, lets a request through only
 * when its Origin is the app's own (or, without Origin, when Sec-Fetch-Site is same-origin), whatever the
 * forwarded headers claim, and refuses every body over the limit with 413.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 5000);
const app = new URL(APP_ORIGIN);

const origin = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom(
    APP_ORIGIN,
    "null",
    "",
    " ",
    APP_ORIGIN.toUpperCase(),
    `${APP_ORIGIN}/`,
    `${APP_ORIGIN}.aanvaller.example`,
    `${app.protocol}//aanvaller.example`,
    `${app.protocol}//${app.hostname}:1`,
    `${app.protocol === "https:" ? "http:" : "https:"}//${app.host}`,
    `${app.protocol}//sub.${app.host}`,
    `${app.protocol}//${app.host}@aanvaller.example`,
    "file://",
    "javascript:alert(1)",
    "\u0000",
  ),
  fc.webUrl().map((url) => new URL(url).origin),
  fc.string({ maxLength: 40 }),
);
const site = fc.option(fc.constantFrom("same-origin", "same-site", "cross-site", "none", "", "SAME-ORIGIN"), { nil: undefined });
const forwarded = fc.record(
  {
    "x-forwarded-host": fc.constantFrom(app.host, "aanvaller.example", `${app.host}, aanvaller.example`),
    "x-forwarded-proto": fc.constantFrom("http", "https"),
    forwarded: fc.constantFrom(`host=${app.host}`, "host=aanvaller.example;proto=https"),
    host: fc.constantFrom(app.host, "aanvaller.example"),
  },
  { requiredKeys: [] },
);
const length = fc.option(fc.oneof(fc.nat({ max: 2 * MAX_BODY_BYTES }).map(String), fc.constantFrom("-1", "1e9", "abc", "", String(MAX_BODY_BYTES), String(MAX_BODY_BYTES + 1))), { nil: undefined });
const method = fc.constantFrom("POST", "PUT", "PATCH", "DELETE", "post");

function headersOf(input: { origin?: string; site?: string; forwarded: Record<string, string>; length?: string }): Headers {
  const headers = new Headers();
  const set = (name: string, value: string | undefined) => {
    // Headers refuses some values outright (a client cannot send them either).
    if (value !== undefined) {
      try {
        headers.set(name, value);
      } catch {
        /* not sendable */
      }
    }
  };
  set("origin", input.origin);
  set("sec-fetch-site", input.site);
  for (const [name, value] of Object.entries(input.forwarded)) set(name, value);
  set("content-length", input.length);
  return headers;
}

describe(`the request guard under ${RUNS} generated hostile requests`, () => {
  it("passes only the app's own origin (or same-origin without Origin), whatever the forwarded headers say", async () => {
    await fc.assert(
      fc.asyncProperty(method, origin, site, forwarded, length, async (verb, originValue, siteValue, forwardedHeaders, lengthValue) => {
        const headers = headersOf({ origin: originValue, site: siteValue, forwarded: forwardedHeaders, length: lengthValue });
        const request = new Request(APP_ORIGIN + "/afspraak", { method: verb, headers });
        const refusal = await guardRequest(request, { appOrigin: APP_ORIGIN });
        const sentOrigin = headers.get("origin");
        const ownOrigin = sentOrigin === null ? headers.get("sec-fetch-site") === "same-origin" : URL.canParse(sentOrigin) && new URL(sentOrigin).origin === APP_ORIGIN;
        if (!ownOrigin) {
          expect(refusal?.status).toBe(403);
          return;
        }
        const sentLength = headers.get("content-length");
        const tooLarge = sentLength !== null && (!/^\d+$/.test(sentLength.trim()) || Number(sentLength) > MAX_BODY_BYTES);
        expect(refusal?.status ?? null).toBe(tooLarge ? 413 : null);
      }),
      { numRuns: RUNS },
    );
  });

  it("refuses each of the issue's hostile requests", async () => {
    for (const variant of hostileRequests) {
      const refusal = await guardRequest(postOf("/portaal/plan/vastleggen", new FormData(), variant), { appOrigin: APP_ORIGIN });
      expect(refusal?.status, variant.name).toBe(variant.status);
    }
  });
});
