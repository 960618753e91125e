import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { authConfig } from "@/auth.config";

/**
 * The proxy only redirects: anonymous visitors of the portal and the workspace go to the login page. It is
 * never the security check — every page and action checks the session, role and ownership itself in
 * lib/data, against the server-side session (so a cookie put back by a late response after logout, or a
 * copied cookie, gets nothing: see docs/decisions/005).
 */
const { auth } = NextAuth(authConfig);

export default auth((request) => {
  if (request.auth?.user) return NextResponse.next();
  const login = new URL("/inloggen", request.nextUrl.origin);
  login.searchParams.set("volgende", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(login);
});

export const config = {
  matcher: ["/portaal", "/portaal/:path*", "/praktijk", "/praktijk/:path*"],
};
