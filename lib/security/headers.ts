/**
 * The security headers of every response, in one place (docs/decisions/009, 014). The Content-Security-Policy
 * allows no inline script without a nonce or a hash: pages rendered per request get a nonce from proxy.ts,
 * static pages the hashes of their own inline scripts from the cache handler (static-page-cache.mjs).
 */
export { hashContentSecurityPolicy, inlineScriptHashes, nonceContentSecurityPolicy } from "./content-security-policy.mjs";

/** The powerful features no page of ours uses, each one Chromium recognises. */
export const PERMISSIONS_POLICY = ["camera", "microphone", "geolocation", "payment", "usb", "serial", "hid", "midi", "display-capture", "browsing-topics"]
  .map((feature) => `${feature}=()`)
  .join(", ");

/** Headers for every response. */
export const baseSecurityHeaders: { key: string; value: string }[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  // Manage and activation links carry a token in the path: never send a path to another site.
  { key: "Referrer-Policy", value: "same-origin" },
  // Only features browsers know: an unknown one (such as "bluetooth") is logged as an error in every console.
  { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
  ...(process.env.NODE_ENV === "production" ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
];
