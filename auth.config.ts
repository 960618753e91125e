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
  // JWT sessions, renewed while the user is active (the proxy re-issues the cookie), so the cookie's
  // lifetime is the idle timeout. The absolute lifetime is checked against `authTime` in lib/auth/actor.ts.
  session: { strategy: "jwt", maxAge: SESSION_LIMITS.idleMinutes * 60, updateAge: 60 },
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
      if (user?.id && user.role && user.sessionVersion) {
        token.sub = user.id;
        token.role = user.role;
        token.sessionVersion = user.sessionVersion;
        token.authTime = Date.now();
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub && token.role && token.sessionVersion && token.authTime) {
        session.user.id = token.sub;
        session.user.role = token.role;
        session.user.sessionVersion = token.sessionVersion;
        session.user.authTime = token.authTime;
      }
      return session;
    },
  },
} satisfies NextAuthConfig;
