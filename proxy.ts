import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { authConfig } from "@/auth.config";
import { nonceContentSecurityPolicy } from "@/lib/security/headers";

/**
 * The proxy does two things, neither of them a security check on data:
 * 1. Pages rendered per request get a Content-Security-Policy with a fresh nonce. Next.js reads the nonce
 *    from the request's CSP header and puts it on its own scripts (docs/decisions/009).
 * 2. Anonymous visitors of the portal and the workspace are redirected to the login page. Every page and
 *    action checks the session, role and ownership itself in lib/data, against the server-side session
 *    (see docs/decisions/005).
 * The public pages without client JavaScript (pages/) are left alone: they get a fixed policy that allows
 * no script from next.config.ts (the matcher skips them; "/" it cannot skip, so it passes it through).
 */
const { auth } = NextAuth(authConfig);

const PROTECTED = /^\/(portaal|praktijk)(\/|$)/;

export default auth((request) => {
  const { pathname, search, origin } = request.nextUrl;
  if (pathname === "/") return NextResponse.next();
  if (PROTECTED.test(pathname) && !request.auth?.user) {
    const login = new URL("/inloggen", origin);
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
});

export const config = {
  matcher: [
    {
      // Everything but static files and the public pages without client JavaScript (lib/security/headers.ts).
      source: "/((?!_next/static|_next/image|favicon\\.ico|icon|apple-icon|robots\\.txt|sitemap\\.xml|kennisbank|klachtencheck|privacy|.*\\.(?:svg|png|jpg|ico|webmanifest|txt|xml)$).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
