import type { NextConfig } from "next";
import { appUrl } from "./lib/app-url";
import { baseSecurityHeaders } from "./lib/security/headers";
import { MAX_BODY_SIZE_LIMIT, MEDIA_UPLOAD_BODY_BYTES } from "./lib/security/limits";

/**
 * How every page is built and served, also used by the hello-world baseline of `npm run bench` and
 * `npm run lighthouse` (bench/hello-next/next.config.ts), so that the public pages are compared with a page
 * built and served the same way (issue 14, point 3): security headers, the cache handler that gives static
 * pages their hash policy, SRI on script files, metadata in <head>, no ETag.
 */
export const servingConfig = {
  poweredByHeader: false,
  // No ETag: Next computes it over the whole HTML of a cached page, in JavaScript, on every request (14% of
  // an article's server time, nothing for a 5 kB page). Static pages lose their 304 on a repeat visit
  // (~20 kB gzip resent); every request gains (issue 14, point 3; docs/decisions/014).
  generateEtags: false,
  // Next's file-system cache, which also keeps each static page's hash policy beside its HTML.
  cacheHandler: new URL("./lib/security/static-page-cache.mjs", import.meta.url).pathname,
  // Every page's <title> and meta tags in <head> from the first byte, for every client: with streamed
  // metadata (Next's default for browsers) a page briefly has no title after a navigation, which a
  // screen reader announces and axe flags. Our metadata resolves without waiting, so this costs nothing.
  htmlLimitedBots: /.*/,
  // Every script file Next references carries an integrity attribute (its sha256), so the hash policy
  // of the static pages also pins the files they load (docs/decisions/014).
  sri: { algorithm: "sha256" },
  // Security headers for every response. The Content-Security-Policy comes from proxy.ts (pages rendered per
  // request: a nonce) or with the cached page (static pages: the hashes of their inline scripts, see
  // cacheHandler and docs/decisions/014).
  baseHeaders: { source: "/:path*", headers: baseSecurityHeaders },
} as const;

const nextConfig: NextConfig = {
  // The address the static pages were built with (their canonical link and structured data name it): a
  // server started with another APP_URL says so at start-up (lib/static-pages-address.ts).
  env: { KETEN_BUILT_FOR_APP_URL: appUrl() },
  poweredByHeader: servingConfig.poweredByHeader,
  generateEtags: servingConfig.generateEtags,
  async headers() {
    return [
      servingConfig.baseHeaders,
      { source: "/portaal/:path*", headers: [{ key: "Cache-Control", value: "no-store" }] },
      { source: "/praktijk/:path*", headers: [{ key: "Cache-Control", value: "no-store" }] },
      { source: "/klachtencheck/advies", headers: [{ key: "Cache-Control", value: "no-store" }] },
    ];
  },
  // The home page is kept as a static page once rendered, but `next build` must not render it (it reads the
  // database, decision 002): it lives at a dynamic route without prebuilt parameters (lib/content/home-route.ts).
  async rewrites() {
    // /praktisch is kept the same way (prices, hours and rules from the database).
    return {
      beforeFiles: [
        { source: "/", destination: "/voorpagina/nl" },
        { source: "/praktisch", destination: "/praktisch/nl" },
      ],
      afterFiles: [],
      fallback: [],
    };
  },
  async redirects() {
    return [
      { source: "/voorpagina/:path*", destination: "/", permanent: true },
      { source: "/praktisch/:path+", destination: "/praktisch", permanent: true },
    ];
  },
  cacheHandler: servingConfig.cacheHandler,
  reactStrictMode: true,
  // PGlite loads its WASM and extension bundles from its own package folder, and argon2 is a native
  // addon: both must be required from node_modules at run time, not bundled. The plain-JavaScript libraries
  // after them are required from node_modules too: bundled, the development server compiled each of them again
  // for the start-up code, the proxy and every page layer before the first page could answer (zod with all its
  // locales, drizzle, nodemailer: ~3 MB of chunks; issue 12, point 21). Node loads them as they are.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "zod", "drizzle-orm", "postgres", "nodemailer", "qrcode", "otplib", "yaml", "marked"],
  htmlLimitedBots: servingConfig.htmlLimitedBots,
  experimental: {
    // forbidden() answers 403 with app/forbidden.tsx: a therapist on an admin page (issue 12, point 10).
    authInterrupts: true,
    // proxy.ts refuses bodies over MAX_BODY_BYTES with a Dutch 413 and foreign origins with a Dutch 403
    // (docs/decisions/015); Next.js's own checks get the same limit and the app's address, so they never
    // refuse what the guard let through.
    serverActions: {
      bodySizeLimit: MAX_BODY_SIZE_LIMIT,
      allowedOrigins: process.env.APP_URL ? [new URL(process.env.APP_URL).host] : undefined,
    },
    // Next.js hands proxy.ts a copy of each request body up to this size (default 10 MB, cut off beyond).
    // The upload of an exercise's video may be 25 MB (lib/security/limits.ts); every other address is
    // still refused by the guard past 1 MB.
    proxyClientMaxBodySize: MEDIA_UPLOAD_BODY_BYTES,
    // No `inlineCss`: Next puts an inlined stylesheet in the HTML and twice more in the page's RSC payload,
    // which tripled 33 kB on every page (an article was 201 kB of HTML) and cost requests/s on every
    // request (issue 14, point 3). The stylesheet is one cached file instead.
    sri: servingConfig.sri,
  },
};

export default nextConfig;
