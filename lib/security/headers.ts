/**
 * The security headers of every response, in one place (docs/decisions/009-security-headers.md).
 * Pages rendered per request get a Content-Security-Policy with a fresh nonce from proxy.ts; statically
 * generated public pages (articles, self-check, privacy) cannot carry a per-request nonce without becoming
 * dynamic, so they get the strictest policy that works without one.
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
 * For statically generated pages: scripts from our own origin, plus the inline bootstrap scripts Next.js
 * writes into the HTML (their content differs per build, so no hash list). These pages render no user input.
 */
export const staticContentSecurityPolicy = policy("'self' 'unsafe-inline'");

/** Headers for every response. */
export const baseSecurityHeaders: { key: string; value: string }[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  // Manage and activation links carry a token in the path: never send a path to another site.
  { key: "Referrer-Policy", value: "same-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), hid=(), midi=(), display-capture=(), browsing-topics=()",
  },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
  ...(process.env.NODE_ENV === "production" ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
];

/** The public pages that are statically generated (keep in step with proxy.ts' matcher). */
export const staticPagePatterns = ["/kennisbank", "/kennisbank/:path*", "/klachtencheck", "/privacy"] as const;
