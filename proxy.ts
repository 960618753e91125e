import NextAuth from "next-auth";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { authConfig } from "@/auth.config";

/**
 * The proxy only redirects: anonymous visitors of the portal and the workspace go to the login page. It is
 * never the security check — every page and action checks the session, role and ownership itself in
 * lib/data. Passing through Auth.js here also renews the session cookie while the user is active.
 */
const { auth } = NextAuth(authConfig);

// Auth.js types its wrapper as a route handler; as a proxy it takes (request, event) and passes the event on.
const withSession = auth((request) => {
  if (request.auth?.user) return NextResponse.next();
  const login = new URL("/inloggen", request.nextUrl.origin);
  login.searchParams.set("volgende", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(login);
}) as unknown as (request: NextRequest, event: NextFetchEvent) => Promise<Response>;

/**
 * Requests that must not renew the session cookie: a link prefetch (it can be answered after the user
 * logged out and would put the session cookie back — seen in the e2e tests) and a server action post
 * (logout is one; its own response sets the cookies it needs). Both still meet every check in lib/data.
 */
function leavesSessionAlone(request: NextRequest): boolean {
  return (
    request.headers.get("next-router-prefetch") === "1" ||
    (request.headers.get("sec-purpose") ?? request.headers.get("purpose") ?? "").includes("prefetch") ||
    request.headers.has("next-action")
  );
}

export default function proxy(request: NextRequest, event: NextFetchEvent) {
  if (leavesSessionAlone(request)) return NextResponse.next();
  return withSession(request, event);
}

export const config = {
  matcher: ["/portaal", "/portaal/:path*", "/praktijk", "/praktijk/:path*"],
};
