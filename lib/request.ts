import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";

/**
 * The client's IP address, for throttling and the audit log, taken only from the header named by
 * TRUSTED_PROXY_HEADER: the one the operator's reverse proxy sets. Next.js passes a client-sent
 * X-Forwarded-For through untouched (tried), so without that setting no header is trusted and the IP is
 * unknown (null): per-IP throttling is then off and per-account throttling still holds.
 * For X-Forwarded-For the right-most entry is the one the trusted proxy appended.
 */
export function clientIpFrom(requestHeaders: Headers): string | null {
  const name = env.TRUSTED_PROXY_HEADER;
  if (!name) return null;
  const value = requestHeaders.get(name);
  if (!value) return null;
  const entries = value.split(",").map((entry) => entry.trim()).filter(Boolean);
  const ip = name === "x-forwarded-for" ? entries.at(-1) : entries[0];
  return ip && ip.length <= 64 ? ip : null;
}

/** The client IP of the current request; null outside a request (scripts, tests). */
export async function clientIp(): Promise<string | null> {
  try {
    return clientIpFrom(await headers());
  } catch {
    return null;
  }
}
