import { readdirSync } from "node:fs";
import path from "node:path";
import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { NextRequest, type NextFetchEvent } from "next/server";
import { describe, expect, it } from "vitest";
import proxy, { config } from "@/proxy";
import { MAX_BODY_BYTES, MEDIA_UPLOAD_BODY_BYTES, maxBodyBytesFor } from "@/lib/security/limits";
import { APP_ORIGIN, hostileRequests, ownRequests, postOf } from "./hostile";

/**
 * Issue 12, points 1, 3 and 8, through the real proxy.ts (its matcher and its function, as Next.js runs them
 * before every page, route handler and server action): every address the app serves is covered, each
 * hostile request gets the Dutch 403 or 413 page, our own requests pass, and the login redirect goes to
 * APP_URL whatever host the request claims.
 */
const ROOT = path.resolve(import.meta.dirname, "../..");

/** Every page and route under app/ as a URL path (dynamic segments filled in). There is no pages/ (decision 014). */
function addresses(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return walk(full);
      return /^(page\.tsx|route\.ts|actions\.ts)$/.test(entry.name) ? [full] : [];
    });
  const toPath = (file: string, root: string) => {
    const parts = path.relative(root, file).split(path.sep);
    parts.pop();
    return `/${parts.filter((part) => !/^\(.*\)$/.test(part)).map((part) => (part.startsWith("[") ? "00000000-0000-4000-8000-000000000000" : part)).join("/")}`;
  };
  const app = walk(path.join(ROOT, "app")).map((file) => toPath(file, path.join(ROOT, "app")));
  // The addresses next.config.ts rewrites to a kept page (decision 014): the home page and /praktisch.
  return [...new Set([...app, ...CACHED_PUBLIC_PAGES])].sort();
}

/** The public pages `next start` serves from its cache (docs/decisions/014), by their public address. */
const CACHED_PUBLIC_PAGES = ["/", "/kennisbank", "/kennisbank/overbelaste-hamstring", "/klachtencheck", "/privacy", "/praktisch"];

/** Whether Next.js runs proxy.ts for this request, by the matcher as the build compiles it. */
const runsProxy = (request: Request) =>
  unstable_doesMiddlewareMatch({ config, url: request.url, headers: Object.fromEntries(request.headers) });

const event = { waitUntil: () => {} } as unknown as NextFetchEvent;

describe("the proxy guards every address", () => {
  const paths = addresses();

  it("runs for a POST to every page, route handler and server action of the app", () => {
    expect(paths.length).toBeGreaterThan(40);
    const missed = paths.filter((url) => !unstable_doesMiddlewareMatch({ config, url: `${APP_ORIGIN}${url}`, headers: { origin: "https://aanvaller.example" } }));
    expect(missed).toEqual([]);
  });

  it("runs for each hostile request as it is sent, on every address, whatever prefetch header it claims", () => {
    const missed: string[] = [];
    for (const url of paths) {
      for (const variant of hostileRequests) {
        for (const prefetch of [{}, { "next-router-prefetch": "1" }, { purpose: "prefetch" }] as Record<string, string>[]) {
          const request = postOf(url, new FormData(), { ...variant, headers: { ...variant.headers, ...prefetch }, oversized: undefined });
          if (!runsProxy(request)) missed.push(`${url}, ${variant.name}, ${JSON.stringify(prefetch)}`);
          // Without the server action's header, a plain form post (a body and its Content-Type).
          const form = new Request(request.url, { method: "POST", body: new URLSearchParams({ a: "b" }), headers: { ...variant.headers, ...prefetch } });
          if (!runsProxy(form)) missed.push(`${url}, ${variant.name}, form, ${JSON.stringify(prefetch)}`);
        }
      }
    }
    expect(missed).toEqual([]);
  });

  it("skips a plain read of a public page served from the cache, and runs for every other page's (issue 14, point 3)", () => {
    const reads = (url: string) => runsProxy(new Request(`${APP_ORIGIN}${url}`, { headers: { accept: "text/html" } }));
    expect(CACHED_PUBLIC_PAGES.filter(reads)).toEqual([]);
    // Pages rendered per request still get their nonce policy; the portal and workspace their login redirect.
    const others = ["/klachtencheck/advies", "/klachtencheck/antwoorden", "/afspraak", "/inloggen", "/portaal", "/praktijk", "/kennisbank/a/b", "/privacyverklaring", "/voorpagina/nl"];
    expect(others.filter((url) => !reads(url))).toEqual([]);
    // A body without an Origin (a script) or an Origin without a body still runs it on those pages.
    for (const url of CACHED_PUBLIC_PAGES) {
      expect(runsProxy(new Request(`${APP_ORIGIN}${url}`, { method: "POST", body: "x" })), url).toBe(true);
      expect(runsProxy(new Request(`${APP_ORIGIN}${url}`, { method: "DELETE", headers: { origin: "https://aanvaller.example" } })), url).toBe(true);
      expect(runsProxy(new Request(`${APP_ORIGIN}${url}`, { method: "POST", headers: { "content-length": "0" } })), url).toBe(true);
      expect(runsProxy(new Request(`${APP_ORIGIN}${url}`, { method: "POST", headers: { "transfer-encoding": "chunked" } })), url).toBe(true);
    }
  });

  it("answers a foreign post to a public page served from the cache with the Dutch 403", async () => {
    for (const url of CACHED_PUBLIC_PAGES) {
      const request = new Request(`${APP_ORIGIN}${url}`, { method: "POST", body: new URLSearchParams({ antwoord: "ja" }), headers: { origin: "https://aanvaller.example", "sec-fetch-site": "cross-site" } });
      expect(runsProxy(request), url).toBe(true);
      const response = await proxy(new NextRequest(request), event);
      expect(response.status, url).toBe(403);
      expect(await response.text(), url).toMatch(/niets opgeslagen of gewijzigd/);
    }
  });

  it("answers each hostile request with a Dutch 403 or 413 page, on every address", async () => {
    for (const url of paths) {
      for (const variant of hostileRequests) {
        // The one address that takes up to 25 MB (an exercise's video) has its own test below.
        if (variant.oversized && maxBodyBytesFor(url) !== MAX_BODY_BYTES) continue;
        const request = postOf(url, new FormData(), variant);
        const response = await proxy(new NextRequest(request), event);
        const what = `${url}, ${variant.name}`;
        expect(response.status, what).toBe(variant.status);
        const html = await response.text();
        expect(html, what).toContain('lang="nl"');
        expect(html, what).toMatch(variant.status === 403 ? /niets opgeslagen of gewijzigd/ : /hoogstens 1 MB/);
      }
    }
  });

  it("gives the upload of an exercise's photo or video its own limit, and only that address (docs/decisions/022)", async () => {
    const upload = "/praktijk/oefeningen/00000000-0000-4000-8000-000000000000/beeld";
    expect(paths).toContain(upload);
    expect(paths.filter((url) => maxBodyBytesFor(url) !== MAX_BODY_BYTES)).toEqual([upload]);
    const own = hostileRequests.find((variant) => variant.oversized === "announced")!;
    // 5 MB passes the guard here (an anonymous visitor is then sent to the login page)…
    const fiveMb = await proxy(new NextRequest(postOf(upload, new FormData(), own)), event);
    expect(fiveMb.status).toBe(307);
    // …and a body over 25 MB is refused with its own Dutch page, announced or streamed.
    const big = new FormData();
    big.append("bestand", new Blob([new Uint8Array(MEDIA_UPLOAD_BODY_BYTES + 1)]), "groot.mp4");
    for (const announced of [true, false]) {
      const headers = new Headers(own.headers);
      if (announced) headers.set("content-length", String(MEDIA_UPLOAD_BODY_BYTES + 1_000));
      const response = await proxy(new NextRequest(new Request(`${APP_ORIGIN}${upload}`, { method: "POST", body: big, headers })), event);
      expect(response.status).toBe(413);
      expect(await response.text()).toMatch(/Een foto mag hoogstens 5 MB zijn en een filmpje 25 MB/);
    }
  });

  it("lets our own pages' requests through", async () => {
    for (const url of ["/afspraak", "/inloggen", "/portaal/plan/vastleggen", "/klachtencheck/boeken"]) {
      for (const variant of ownRequests) {
        const response = await proxy(new NextRequest(postOf(url, new FormData(), variant)), event);
        expect(response.status, `${url}, ${variant.name}`).toBeLessThan(400);
      }
    }
  });

  it("sends an anonymous visitor to the login page at APP_URL, whatever host the request claims (point 8)", async () => {
    const request = new NextRequest(`${APP_ORIGIN}/portaal/plan`, { headers: { host: "aanvaller.example", "x-forwarded-host": "aanvaller.example", "x-forwarded-proto": "https" } });
    const response = await proxy(request, event);
    expect(response.status).toBe(307);
    const location = new URL(response.headers.get("location")!);
    expect(location.origin).toBe(APP_ORIGIN);
    expect(location.pathname).toBe("/inloggen");
  });
});
