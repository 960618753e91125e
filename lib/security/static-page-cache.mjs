// Next.js' own file-system cache for prerendered pages, plus one thing: every static App Router page it
// stores or serves carries the Content-Security-Policy that allows exactly the inline scripts of that HTML,
// by hash (docs/decisions/014). Next sends the headers kept with a cache entry along with its HTML, so a
// page and its policy can never disagree — also after the home page is rendered again (revalidation).
// Plain JavaScript: `next start` loads this file as is (next.config.ts cacheHandler).
import FileSystemCacheModule from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import { hashContentSecurityPolicy, inlineScriptHashes } from "./content-security-policy.mjs";

const FileSystemCache = FileSystemCacheModule.default ?? FileSystemCacheModule;
const POLICY = "content-security-policy";

function withPolicy(value) {
  if (!value || value.kind !== "APP_PAGE" || typeof value.html !== "string" || value.html.length === 0) return;
  if (value.headers?.[POLICY]) return;
  value.headers = { ...value.headers, [POLICY]: hashContentSecurityPolicy(inlineScriptHashes(value.html)) };
}

export default class StaticPageCache extends FileSystemCache {
  async get(...args) {
    const entry = await super.get(...args);
    withPolicy(entry?.value);
    return entry;
  }

  async set(key, data, context) {
    withPolicy(data);
    return super.set(key, data, context);
  }
}
