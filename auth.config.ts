import type { NextAuthConfig } from "next-auth";
import { SESSION_LIMITS } from "@/lib/auth/policy";

/**
 * The part of the Auth.js configuration that the proxy needs too: how the session JWT is made and read.
 * Providers (and with them the database) are added in auth.ts only.
 */
const DEVELOPMENT_SECRET = "keten-development-only-secret-never-use-in-production";

export const authConfig = {
  // lib/env.ts refuses to start production without AUTH_SECRET; development works out of the box.
  secret: process.env.AUTH_SECRET || (process.env.NODE_ENV === "production" ? undefined : DEVELOPMENT_SECRET),
  trustHost: true,
  // The cookie is a signed JWT naming a server-side session (user_sessions); lib/auth/actor.ts checks that
  // session on every call, including the idle timeout and the absolute lifetime. The cookie lives as long
  // as a session can.
  session: { strategy: "jwt", maxAge: SESSION_LIMITS.absoluteHours * 3600 },
  pages: { signIn: "/inloggen" },
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
