import type { NextAuthConfig } from "next-auth";
import { SESSION_LIMITS } from "@/lib/auth/policy";

/**
 * The part of the Auth.js configuration that the proxy needs too: how the session JWT is made and read.
 * Providers (and with them the database) are added in auth.ts only.
 */
const DEVELOPMENT_SECRET = "keten-development-only-secret-never-use-in-production";

/**
 * Served over HTTPS (APP_URL https://…, as in production), the session cookie is a `__Host-` cookie:
 * Secure, host-only, Path=/ — no subdomain or plain-HTTP page can set or overwrite it. Over plain HTTP
 * (local development, the browser tests on 127.0.0.1) a Secure cookie would not be stored, so it has a
 * plain name there. Always HttpOnly and SameSite=Lax (Lax, not Strict: a patient who follows the link in
 * an e-mail to the portal arrives logged in; cross-site POSTs do not carry it, and server actions check
 * the Origin header as well).
 */
const secureCookies = (process.env.APP_URL ?? "").startsWith("https://");
export const SESSION_COOKIE = secureCookies ? "__Host-keten.session" : "keten.session";

export const authConfig = {
  // lib/env.ts refuses to start production without AUTH_SECRET; development works out of the box.
  secret: process.env.AUTH_SECRET || (process.env.NODE_ENV === "production" ? undefined : DEVELOPMENT_SECRET),
  trustHost: true,
  // The cookie is a signed JWT naming a server-side session (user_sessions); lib/auth/actor.ts checks that
  // session on every call, including the idle timeout and the absolute lifetime. The cookie lives as long
  // as a session can.
  session: { strategy: "jwt", maxAge: SESSION_LIMITS.absoluteHours * 3600 },
  pages: { signIn: "/inloggen" },
  useSecureCookies: secureCookies,
  cookies: {
    sessionToken: { name: SESSION_COOKIE, options: { httpOnly: true, sameSite: "lax", path: "/", secure: secureCookies } },
  },
  providers: [],
  logger: {
    error(error) {
      // A wrong password is not a server error; the login form tells the user.
      if ((error as { type?: string }).type === "CredentialsSignin") return;
      console.error(error);
    },
  },
  callbacks: {
    jwt({ token, user }) {
      if (user?.id && user.role && user.sessionVersion && user.sessionId) {
        token.sub = user.id;
        token.role = user.role;
        token.sessionVersion = user.sessionVersion;
        token.sessionId = user.sessionId;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub && token.role && token.sessionVersion && token.sessionId) {
        session.user.id = token.sub;
        session.user.role = token.role;
        session.user.sessionVersion = token.sessionVersion;
        session.user.sessionId = token.sessionId;
      }
      return session;
    },
  },
} satisfies NextAuthConfig;
