// Section `js`: first-load JS per route (gzip) against the hello-world Next.js page.
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { ARTICLE } from "./http";
import { HELLO_DIR, type Server } from "./servers";
import { kB, rows } from "./table";

const ROUTES = ["/", "/kennisbank", "/kennisbank/kramp-in-je-hamstring", ARTICLE, "/klachtencheck", "/privacy", "/afspraak", "/inloggen"];

/** The JS a route's HTML makes a browser fetch: the distinct /_next/static/….js it references (script tags and preloads), gzip bytes. */
async function firstLoadJs(origin: string, route: string, appDir: string): Promise<{ bytes: number; files: number }> {
  const html = await (await fetch(`${origin}${route}`)).text();
  // Script tags and script preloads; a noModule polyfill is skipped by every browser that runs modules.
  const tags = (html.match(/<(?:script|link)\b[^>]*>/g) ?? []).filter((tag) => !/\snoModule/i.test(tag));
  const files = new Set(tags.flatMap((tag) => [...tag.matchAll(/(?:src|href)="(\/_next\/static\/[^"?]+\.js)(?:\?[^"]*)?"/g)].map((m) => m[1]!)));
  let bytes = 0;
  for (const file of files) bytes += gzipSync(readFileSync(path.join(appDir, ".next", "static", file.slice("/_next/static/".length)))).length;
  return { bytes, files: files.size };
}

export async function measureFirstLoadJs(app: Server, hello: Server): Promise<void> {
  const baseline = await firstLoadJs(hello.origin, "/", HELLO_DIR);
  rows.push({ measurement: "first-load JS, hello-world Next.js page (gzip)", value: `${kB(baseline.bytes)} in ${baseline.files} files` });
  for (const route of ROUTES) {
    const js = await firstLoadJs(app.origin, route, ".");
    rows.push({ measurement: `first-load JS ${route} (gzip) ÷ hello-world`, value: `${kB(js.bytes)} in ${js.files} files = ${(js.bytes / baseline.bytes).toFixed(2)}×` });
  }
}
