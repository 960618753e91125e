import NextAuth from "next-auth";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { authConfig } from "@/auth.config";
import { appUrl } from "@/lib/app-url";
import { nonceContentSecurityPolicy } from "@/lib/security/headers";
import { maxBodyBytesFor } from "@/lib/security/limits";
import { guardRequest, refusalResponse } from "@/lib/security/request-guard";
import { isServedFromCache } from "@/lib/security/static-routes";

/**
 * The proxy does three things, none of them a security check on data:
 * 1. The request guard (docs/decisions/015): a state-changing request from another site gets a Dutch 403,
 *    a body over the limit a Dutch 413, before any page, route or server action sees it. The limit is 1 MB
 *    everywhere but the upload of an exercise's photo or video (lib/security/limits.ts).
 * 2. Pages rendered per request get a Content-Security-Policy with a fresh nonce. Next.js reads the nonce
 *    from the request's CSP header and puts it on its own scripts (docs/decisions/009). Static pages served
 *    from the cache get no nonce: their policy lists the hashes of their own inline scripts and comes with
 *    the cached page (docs/decisions/014). A form post to a static page is rendered per request, so it gets
 *    the nonce policy.
 * 3. Anonymous visitors of the portal and the workspace are redirected to the login page at APP_URL (never
 *    to a host the request names). Every page and action checks the session, role and ownership itself in
 *    lib/data, against the server-side session (see docs/decisions/005).
 */
const { auth } = NextAuth(authConfig);

const PROTECTED = /^\/(portaal|praktijk)(\/|$)/;
const APP_URL = appUrl();
const guardOptions = { appOrigin: APP_URL, development: process.env.NODE_ENV === "development" };
const isProduction = process.env.NODE_ENV === "production";

const sessionProxy = auth((request) => {
  const { pathname, search } = request.nextUrl;
  if (PROTECTED.test(pathname) && !request.auth?.user) {
    const login = new URL("/inloggen", APP_URL);
    login.searchParams.set("volgende", `${pathname}${search}`);
    return NextResponse.redirect(login);
  }
  const nonce = btoa(crypto.randomUUID());
  const csp = nonceContentSecurityPolicy(nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  if (PROTECTED.test(pathname)) response.headers.set("Cache-Control", "no-store");
  return response;
}) as unknown as (request: NextRequest, event: NextFetchEvent) => Promise<Response>;

/** Addresses rewritten in next.config.ts to a page rendered once and then kept: the home page and /praktisch. */
const REWRITTEN_STATIC = new Set(["/", "/praktisch"]);

/** A GET for a page `next start` answers from its cache. */
function staticPageRequest(request: NextRequest): boolean {
  if (!isProduction || (request.method !== "GET" && request.method !== "HEAD")) return false;
  const { pathname } = request.nextUrl;
  return !PROTECTED.test(pathname) && (REWRITTEN_STATIC.has(pathname) || isServedFromCache(pathname));
}

/** The login page after "Uitloggen": the portal's offline copy and queue leave the phone (decision 021). */
const loggedOut = (request: NextRequest) => request.nextUrl.pathname === "/inloggen" && request.nextUrl.searchParams.has("uitgelogd");

export default async function proxy(request: NextRequest, event: NextFetchEvent) {
  const limit = maxBodyBytesFor(request.nextUrl.pathname);
  const refusal = await guardRequest(request, guardOptions, limit);
  if (refusal) return refusalResponse(refusal, limit);
  const response = staticPageRequest(request) ? NextResponse.next() : await sessionProxy(request, event);
  if (loggedOut(request)) response.headers.set("Clear-Site-Data", '"cache", "storage"');
  return response;
}

/**
 * Which requests run the proxy (Next.js reads these values at build time, so they are written out in full).
 * - Never static files.
 * - Every request that can change something, on every other address: one that carries a body
 *   (`Content-Type`, `Content-Length` or `Transfer-Encoding`), names a server action (`Next-Action`) or says
 *   which site sent it (`Origin`, which browsers send with every POST). So the request guard sees all of
 *   them (docs/decisions/015), whatever prefetch header they claim.
 * - Any other request (a plain read) too, except Next's own prefetches and the public pages served from the
 *   cache (docs/decisions/014: `/`, `/kennisbank`, each article, the self-check's first step `/klachtencheck`,
 *   `/privacy`, `/praktisch`). Reading those needs nothing from the proxy (no nonce, no login, nothing to
 *   guard), and running it cost more than serving the cached page itself (issue 14, point 3).
 */
export const config = {
  matcher: [
    {
      source:
        "/((?!_next/static|_next/image|favicon\\.ico|icon|apple-icon|robots\\.txt|sitemap\\.xml|.*\\.(?:svg|png|jpg|ico|webmanifest|txt|xml)$|(?:kennisbank(?:/[^/]+)?|privacy|praktisch|klachtencheck)?$).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
    {
      source: "/((?!_next/static|_next/image|favicon\\.ico|icon|apple-icon|robots\\.txt|sitemap\\.xml|.*\\.(?:svg|png|jpg|ico|webmanifest|txt|xml)$).*)",
      has: [{ type: "header", key: "content-type" }],
    },
    {
      source: "/((?!_next/static|_next/image|favicon\\.ico|icon|apple-icon|robots\\.txt|sitemap\\.xml|.*\\.(?:svg|png|jpg|ico|webmanifest|txt|xml)$).*)",
      has: [{ type: "header", key: "content-length" }],
    },
    {
      source: "/((?!_next/static|_next/image|favicon\\.ico|icon|apple-icon|robots\\.txt|sitemap\\.xml|.*\\.(?:svg|png|jpg|ico|webmanifest|txt|xml)$).*)",
      has: [{ type: "header", key: "transfer-encoding" }],
    },
    {
      source: "/((?!_next/static|_next/image|favicon\\.ico|icon|apple-icon|robots\\.txt|sitemap\\.xml|.*\\.(?:svg|png|jpg|ico|webmanifest|txt|xml)$).*)",
      has: [{ type: "header", key: "next-action" }],
    },
    {
      source: "/((?!_next/static|_next/image|favicon\\.ico|icon|apple-icon|robots\\.txt|sitemap\\.xml|.*\\.(?:svg|png|jpg|ico|webmanifest|txt|xml)$).*)",
      has: [{ type: "header", key: "origin" }],
    },
  ],
};
