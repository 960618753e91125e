import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * Which GET requests `next start` answers with a static page from its cache: pages prerendered at build,
 * pages rendered once and then kept (the home page), and the not-found page for an address no route
 * matches. Such a page cannot carry a per-request nonce: its policy is the hash policy kept with the cached
 * HTML (lib/security/static-page-cache.mjs), and the proxy must not add a nonce policy beside it — both
 * would apply, and the page's scripts would be blocked (issue 12, point 5; docs/decisions/014).
 * Read once from the build's manifests.
 */
type PrerenderManifest = { routes?: Record<string, unknown>; dynamicRoutes?: Record<string, { routeRegex?: string; fallback?: unknown }> };
type RoutesManifest = { staticRoutes?: { regex: string }[]; dynamicRoutes?: { regex: string }[] };
type Routes = { exact: Set<string>; cached: RegExp[]; any: RegExp[] };

let loaded: Routes | null = null;

function readJson<T>(name: string): T {
  return JSON.parse(readFileSync(path.join(/*turbopackIgnore: true*/ process.cwd(), ".next", name), "utf8")) as T;
}

function load(): Routes {
  if (loaded) return loaded;
  try {
    const prerender = readJson<PrerenderManifest>("prerender-manifest.json");
    const routes = readJson<RoutesManifest>("routes-manifest.json");
    loaded = {
      exact: new Set(Object.keys(prerender.routes ?? {}).filter((route) => !route.startsWith("/_"))),
      // Dynamic routes answered from the cache whatever the parameter: rendered once and kept (fallback
      // null), or prerendered with every other parameter a static not-found (fallback false).
      cached: Object.values(prerender.dynamicRoutes ?? {})
        .filter((route) => (route.fallback === null || route.fallback === false) && route.routeRegex)
        .map((route) => new RegExp(route.routeRegex!)),
      any: [...(routes.staticRoutes ?? []), ...(routes.dynamicRoutes ?? [])].map((route) => new RegExp(route.regex)),
    };
  } catch {
    loaded = { exact: new Set(), cached: [], any: [] };
  }
  return loaded;
}

export function isServedFromCache(pathname: string): boolean {
  const { exact, cached, any } = load();
  if (any.length === 0) return false;
  const normalised = pathname.length > 1 && pathname.endsWith("/") ? pathname.slice(0, -1) : pathname;
  if (exact.has(normalised) || cached.some((pattern) => pattern.test(normalised))) return true;
  // No route at all: Next answers with its prerendered not-found page.
  return !any.some((pattern) => pattern.test(normalised));
}
