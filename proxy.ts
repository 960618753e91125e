import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { authConfig } from "@/auth.config";
import { nonceContentSecurityPolicy } from "@/lib/security/headers";
import { isServedFromCache } from "@/lib/security/static-routes";

/**
 * The proxy does two things, neither of them a security check on data:
 * 1. Pages rendered per request get a Content-Security-Policy with a fresh nonce. Next.js reads the nonce
 *    from the request's CSP header and puts it on its own scripts (docs/decisions/009). Static pages (served
 *    from the build's cache) get no nonce: their policy lists the hashes of their own inline scripts and
 *    comes with the cached page (docs/decisions/014). A form post to a static page is rendered per request,
 *    so it gets the nonce policy.
 * 2. Anonymous visitors of the portal and the workspace are redirected to the login page. Every page and
 *    action checks the session, role and ownership itself in lib/data, against the server-side session
 *    (see docs/decisions/005).
 */
const { auth } = NextAuth(authConfig);

const PROTECTED = /^\/(portaal|praktijk)(\/|$)/;
const isProduction = process.env.NODE_ENV === "production";

export default auth((request) => {
  const { pathname, search, origin } = request.nextUrl;
  if (PROTECTED.test(pathname) && !request.auth?.user) {
    const login = new URL("/inloggen", origin);
    login.searchParams.set("volgende", `${pathname}${search}`);
    return NextResponse.redirect(login);
  }
  if (isProduction && (request.method === "GET" || request.method === "HEAD") && isServedFromCache(pathname)) return NextResponse.next();
  const nonce = btoa(crypto.randomUUID());
  const csp = nonceContentSecurityPolicy(nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  if (PROTECTED.test(pathname)) response.headers.set("Cache-Control", "no-store");
  return response;
});

export const config = {
  matcher: [
    {
      // Everything but static files and the static public pages, which need neither a nonce nor a login:
      // "/" (".+" leaves it out), the knowledge base, privacy and the practical page.
      source: "/((?!_next/static|_next/image|favicon\\.ico|icon|apple-icon|robots\\.txt|sitemap\\.xml|kennisbank|privacy|praktisch|.*\\.(?:svg|png|jpg|ico|webmanifest|txt|xml)$).+)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
