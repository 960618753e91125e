// Next.js' own file-system cache for prerendered pages, plus two things (docs/decisions/014, 027):
// - every static App Router page it stores or serves carries the Content-Security-Policy that allows exactly
//   the inline scripts of that HTML, by hash. Next sends the headers kept with a cache entry along with its
//   HTML, so a page and its policy can never disagree — also after the home page is rendered again;
// - a page of more than 16 kB is handed to Next as UTF-8 bytes, encoded once per cache entry, instead of as
//   a string. Node writes a large string response by allocating three bytes per character and encoding it
//   again on every request (an 85 kB article: ~0.7 ms of JavaScript and ~0.5 ms in the kernel per request);
//   bytes are written as they are. A small page stays a string: Node encodes it on the stack and sends it in
//   one write with the headers, cheaper than Next's streamed path for bytes (docs/decisions/027).
// Plain JavaScript: `next start` loads this file as is (next.config.ts cacheHandler).
import FileSystemCacheModule from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import { hashContentSecurityPolicy, inlineScriptHashes } from "./content-security-policy.mjs";

const FileSystemCache = FileSystemCacheModule.default ?? FileSystemCacheModule;
const POLICY = "content-security-policy";

const isPage = (value) => value?.kind === "APP_PAGE";
/** From this size on (UTF-16 code units, about bytes for our pages) a page is served as bytes. */
export const BYTES_FROM = 16 * 1024;

function withPolicy(value) {
  if (!isPage(value) || typeof value.html !== "string" || value.html.length === 0) return;
  if (value.headers?.[POLICY]) return;
  value.headers = { ...value.headers, [POLICY]: hashContentSecurityPolicy(inlineScriptHashes(value.html)) };
}

/**
 * A large page's HTML as bytes. Next's RenderResult takes a Buffer as a response body and streams it; the
 * entry object is the one Next's memory cache keeps, so the encoding happens once per entry, not per request.
 */
function asBytes(value) {
  if (!isPage(value) || typeof value.html !== "string" || value.html.length < BYTES_FROM) return;
  value.html = Buffer.from(value.html, "utf8");
}

export default class StaticPageCache extends FileSystemCache {
  async get(...args) {
    const entry = await super.get(...args);
    withPolicy(entry?.value);
    asBytes(entry?.value);
    return entry;
  }

  async set(key, data, context) {
    withPolicy(data);
    return super.set(key, data, context);
  }
}
