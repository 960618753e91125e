import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // PGlite loads its WASM and extension bundles from its own package folder, and argon2 is a native
  // addon: both must be required from node_modules at run time, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2"],
  // Every page's <title> and meta tags in <head> from the first byte, for every client: with streamed
  // metadata (Next's default for browsers) a page briefly has no title after a navigation, which a
  // screen reader announces and axe flags. Our metadata resolves without waiting, so this costs nothing.
  htmlLimitedBots: /.*/,
  experimental: {
    // The whole stylesheet is ~5 kB gzipped (Tailwind): sending it inside the HTML saves a render-blocking
    // request on a patient's first visit, which is most visits to the public site.
    inlineCss: true,
  },
};

export default nextConfig;
