import type { NextConfig } from "next";
import { baseSecurityHeaders, scriptlessContentSecurityPolicy, scriptlessPagePatterns } from "./lib/security/headers";
import { MAX_BODY_SIZE_LIMIT } from "./lib/security/limits";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Security headers for every response; App Router pages get their CSP (with a nonce) from proxy.ts, the
  // public pages without client JavaScript this fixed one that allows no script (lib/security/headers.ts).
  async headers() {
    return [
      { source: "/:path*", headers: baseSecurityHeaders },
      ...scriptlessPagePatterns.map((source) => ({ source, headers: [{ key: "Content-Security-Policy", value: scriptlessContentSecurityPolicy }] })),
      { source: "/portaal/:path*", headers: [{ key: "Cache-Control", value: "no-store" }] },
      { source: "/praktijk/:path*", headers: [{ key: "Cache-Control", value: "no-store" }] },
    ];
  },
  reactStrictMode: true,
  // PGlite loads its WASM and extension bundles from its own package folder, and argon2 is a native
  // addon: both must be required from node_modules at run time, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2"],
  // Every page's <title> and meta tags in <head> from the first byte, for every client: with streamed
  // metadata (Next's default for browsers) a page briefly has no title after a navigation, which a
  // screen reader announces and axe flags. Our metadata resolves without waiting, so this costs nothing.
  htmlLimitedBots: /.*/,
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
    // The whole stylesheet is ~5 kB gzipped (Tailwind): sending it inside the HTML saves a render-blocking
    // request on a patient's first visit, which is most visits to the public site.
    inlineCss: true,
  },
};

export default nextConfig;
