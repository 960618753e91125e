import { env } from "@/lib/env";
import { isSameSite } from "@/lib/security/request-guard";

/**
 * True when a form post comes from another site. proxy.ts refuses those already; the route handlers behind
 * the public pages' plain forms keep the same rule (lib/security/request-guard.ts, decision 015).
 */
export function fromOtherSite(request: Request): boolean {
  return !isSameSite(request.method, request.headers, { appOrigin: env.APP_URL, development: env.NODE_ENV === "development" });
}

export const OTHER_SITE_MESSAGE = "Dit formulier kan alleen vanaf onze eigen website worden verstuurd.";
