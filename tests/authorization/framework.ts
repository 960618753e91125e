import { redirect } from "next/navigation";
import { authenticate } from "@/lib/auth/login";

/**
 * The framework boundary the authorization matrix and the fuzz tests replace, and nothing else: the
 * session Auth.js would read from the cookie (`auth()`), the request's headers and cookies, the cache
 * revalidation and `after()`. Our own lib/data, lib/auth and the database run for real.
 *
 * Use from a test file (vi.mock is hoisted per file):
 *   vi.mock("@/auth", async () => (await import("@/tests/authorization/framework")).authModule);
 *   vi.mock("next/headers", async () => (await import("@/tests/authorization/framework")).headersModule);
 *   vi.mock("next/cache", async () => (await import("@/tests/authorization/framework")).cacheModule);
 *   vi.mock("next/server", async (original) => ({ ...(await original()), after: () => {} }));
 *   vi.mock("next-auth", async () => (await import("@/tests/authorization/framework")).nextAuthModule);
 */
type SessionClaims = { user: { id: string; role: string; sessionVersion: number; sessionId: string } } | null;

export const framework = {
  /** What `auth()` returns for the current call. */
  session: null as SessionClaims,
  /** Cookies the current "request" carries and sets. */
  cookies: new Map<string, string>(),
  /** How many cookies the action set (a public action that stores nothing must set none). */
  cookieWrites: 0,
  /** Calls of signIn that would have started a session. */
  signIns: 0,
};

/** Auth.js's error classes as the actions test for them (`instanceof AuthError`, `code`). */
class AuthError extends Error {
  type = "AuthError";
}
class CredentialsSignin extends AuthError {
  override type = "CredentialsSignin";
  code = "credentials";
}
export const nextAuthModule = { AuthError, CredentialsSignin, default: () => ({}) };

class LoginThrottled extends CredentialsSignin {
  override code = "throttled";
}

export const authModule = {
  auth: async () => framework.session,
  /** As the Credentials provider of auth.ts does it: the real check of e-mail and password, no cookie. */
  signIn: async (_provider: string, options: { email?: unknown; password?: unknown }) => {
    const email = typeof options.email === "string" ? options.email : "";
    const password = typeof options.password === "string" ? options.password : "";
    if (email.length > 320 || password.length > 1024) throw new CredentialsSignin();
    const result = await authenticate({ email, password, ip: null });
    if (result.ok) {
      framework.signIns++;
      return undefined;
    }
    if (result.reason === "throttled") throw new LoginThrottled();
    throw new CredentialsSignin();
  },
  /** Auth.js answers signOut with a redirect; the session row was already ended by our own code. */
  signOut: async (options?: { redirectTo?: string }) => redirect(options?.redirectTo ?? "/"),
  handlers: { GET: () => new Response(null, { status: 404 }), POST: () => new Response(null, { status: 404 }) },
};

export const headersModule = {
  headers: async () => new Headers(),
  cookies: async () => ({
    get: (name: string) => (framework.cookies.has(name) ? { name, value: framework.cookies.get(name)! } : undefined),
    getAll: () => [...framework.cookies].map(([name, value]) => ({ name, value })),
    has: (name: string) => framework.cookies.has(name),
    set: (name: string | { name: string; value: string }, value?: string) => {
      framework.cookieWrites++;
      if (typeof name === "string") framework.cookies.set(name, value ?? "");
      else framework.cookies.set(name.name, name.value);
    },
    delete: (name: string) => {
      framework.cookies.delete(name);
    },
  }),
  draftMode: async () => ({ isEnabled: false }),
};

export const cacheModule = {
  revalidatePath: () => {},
  revalidateTag: () => {},
  unstable_cache: <T>(fn: T) => fn,
};
