/**
 * The security headers of every response, in one place (docs/decisions/009-security-headers.md).
 * Pages rendered by the App Router get a Content-Security-Policy with a fresh nonce from proxy.ts; the
 * public pages served without client JavaScript (home, knowledge base, self-check, privacy) need no nonce:
 * they allow no script at all (docs/decisions/012).
 */
const isDevelopment = process.env.NODE_ENV === "development";
const httpsOnly = (process.env.APP_URL ?? "").startsWith("https://");

function policy(scriptSrc: string): string {
  return [
    "default-src 'self'",
    `script-src ${scriptSrc}${isDevelopment ? " 'unsafe-eval'" : ""}`,
    // The stylesheet is inlined into the HTML (next.config experimental.inlineCss) and the SVG chart and
    // QR code carry style attributes: styles cannot execute script, so inline styles are allowed.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${isDevelopment ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    ...(httpsOnly ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** For pages rendered per request: only scripts carrying this request's nonce run (and what they load). */
export function nonceContentSecurityPolicy(nonce: string): string {
  return policy(`'self' 'nonce-${nonce}' 'strict-dynamic'`);
}

/**
 * For the public pages served without client JavaScript (pages/, docs/decisions/012): no script runs at
 * all — the JSON-LD blocks are data, not script. In development Next.js still loads its dev client there
 * (hot reload), so the page gets the permissive policy only then.
 */
export const scriptlessContentSecurityPolicy = policy(isDevelopment ? "'self' 'unsafe-inline'" : "'none'");

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

/**
 * The public pages served without client JavaScript (pages/): they get the scriptless policy from
 * next.config.ts; proxy.ts leaves them alone (its matcher skips them, and "/" it passes through).
 */
export const scriptlessPagePatterns = ["/", "/kennisbank", "/kennisbank/:path*", "/klachtencheck", "/klachtencheck/:path*", "/privacy"] as const;
