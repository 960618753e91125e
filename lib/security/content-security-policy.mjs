// Plain JavaScript on purpose: the cache handler (static-page-cache.mjs) is loaded by `next start` as is,
// without compilation, and builds the hash policy of a static page from this module; the TypeScript side
// (headers.ts, proxy.ts) imports the same functions, so there is one policy (docs/decisions/014).
import { createHash } from "node:crypto";

const isDevelopment = process.env.NODE_ENV === "development";
const httpsOnly = (process.env.APP_URL ?? "").startsWith("https://");

/** The whole policy around a script source list. */
function policy(scriptSrc) {
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
export function nonceContentSecurityPolicy(nonce) {
  return policy(`'self' 'nonce-${nonce}' 'strict-dynamic'`);
}

/**
 * For a static page: the framework's files from our own origin (each with an integrity attribute,
 * next.config experimental.sri) and exactly the inline scripts this page's HTML holds, by their hash.
 */
export function hashContentSecurityPolicy(hashes) {
  return policy(["'self'", ...hashes.map((hash) => `'${hash}'`)].join(" "));
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const EXECUTABLE_TYPES = new Set(["", "text/javascript", "application/javascript", "module"]);

/**
 * The sha256 sources of every inline script a browser would run in this HTML (no src; no data block such as
 * JSON-LD), in order, without repeats.
 */
export function inlineScriptHashes(html) {
  const hashes = [];
  for (const [, attributes, body] of html.matchAll(SCRIPT)) {
    if (/\ssrc\s*=/i.test(` ${attributes}`)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase() ?? "";
    if (!EXECUTABLE_TYPES.has(type)) continue;
    const hash = `sha256-${createHash("sha256").update(body, "utf8").digest("base64")}`;
    if (!hashes.includes(hash)) hashes.push(hash);
  }
  return hashes;
}
