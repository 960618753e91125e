// The baseline app of `npm run bench` and `npm run lighthouse`: a hello-world App Router page built and
// served the way the app builds and serves its pages (the root next.config.ts `servingConfig`: security
// headers, the cache handler with the hash policy, SRI, metadata in <head>, no ETag), so the public pages are
// compared with the framework's floor and not with a page that skips what every page of ours pays for. Its
// packages come from the repository's node_modules, two levels up, so the bundler's root is the repository.
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { NextConfig } from "next";
import { servingConfig } from "../../next.config";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

const config: NextConfig = {
  turbopack: { root },
  outputFileTracingRoot: root,
  poweredByHeader: servingConfig.poweredByHeader,
  generateEtags: servingConfig.generateEtags,
  cacheHandler: servingConfig.cacheHandler,
  htmlLimitedBots: servingConfig.htmlLimitedBots,
  experimental: { sri: servingConfig.sri },
  async headers() {
    return [servingConfig.baseHeaders];
  },
};

export default config;
