import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { cache } from "react";
import { z } from "zod";
import { authConfig } from "@/auth.config";
import { authenticate } from "@/lib/auth/login";
import { startSession } from "@/lib/auth/sessions";
import { clientIpFrom } from "@/lib/request";

/** Thrown to the login action when throttling refused the attempt (see lib/auth/throttle.ts). */
class LoginThrottled extends CredentialsSignin {
  override code = "throttled";
}

const credentials = z.object({ email: z.string().max(320), password: z.string().max(1024) });

const nextAuth = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(input, request) {
        const parsed = credentials.safeParse(input);
        if (!parsed.success) return null;
        const ip = clientIpFrom(request.headers);
        const result = await authenticate({ ...parsed.data, ip });
        if (result.ok) {
          const { id, email, role, sessionVersion } = result.user;
          const sessionId = await startSession(id, { ip, userAgent: request.headers.get("user-agent") });
          return { id, email, role, sessionVersion, sessionId };
        }
        if (result.reason === "throttled") throw new LoginThrottled();
        return null;
      },
    }),
  ],
});

export const { handlers, signIn, signOut } = nextAuth;

/** The session of the current request, read once per request. A claim: verify it with lib/auth/actor.ts. */
export const auth = cache(nextAuth.auth);
