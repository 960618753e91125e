import { readdirSync } from "node:fs";
import path from "node:path";
import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { NextRequest, type NextFetchEvent } from "next/server";
import { describe, expect, it } from "vitest";
import proxy, { config } from "@/proxy";
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
  return [...new Set(app)].sort();
}

const event = { waitUntil: () => {} } as unknown as NextFetchEvent;

describe("the proxy guards every address", () => {
  const paths = addresses();

  it("runs for a POST to every page, route handler and server action of the app", () => {
    expect(paths.length).toBeGreaterThan(40);
    const missed = paths.filter((url) => !unstable_doesMiddlewareMatch({ config, url: `${APP_ORIGIN}${url}`, headers: { origin: "https://aanvaller.example" } }));
    expect(missed).toEqual([]);
  });

  it("answers each hostile request with a Dutch 403 or 413 page, on every address", async () => {
    for (const url of paths) {
      for (const variant of hostileRequests) {
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
