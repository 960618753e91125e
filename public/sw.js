// The portal's service worker (issue 16 point 10, docs/decisions/021). Hand-written and small on purpose:
// - registered with scope /portaal, so it never sees the public site or the workspace;
// - keeps ONE page: the last "Vandaag" (/portaal) that came from the network while logged in, so that page
//   opens without a connection. A redirect to the login page empties that cache, a new login overwrites it,
//   and logging out deletes it (the page's script and the login page's Clear-Site-Data header);
// - keeps the files that page needs (scripts, illustrations, icons), which never change under one name;
// - queues nothing itself: a log made offline is kept by the page (components/portal/offline-queue.ts) and
//   sent with its idempotency key once the phone is online again.
const PAGE_CACHE = "keten-vandaag";
const FILE_CACHE = "keten-bestanden-1";
const TODAY = "/portaal";
const OFFLINE_FALLBACK = "/app/offline.html";

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(FILE_CACHE)
      .then((cache) => cache.add(OFFLINE_FALLBACK))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith("keten-bestanden-") && name !== FILE_CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

/** Files whose address changes with their content, or that are part of the app itself. */
function isFile(url) {
  return url.pathname.startsWith("/_next/static/") || url.pathname.startsWith("/illustrations/") || url.pathname.startsWith("/app/");
}

async function rememberToday(response) {
  const cache = await caches.open(PAGE_CACHE);
  if (response.type === "opaqueredirect" || response.redirected || response.status === 401 || response.status === 403) {
    // Not logged in (any more): nobody's page stays on this phone.
    await cache.delete(TODAY);
  } else if (response.ok) {
    await cache.put(TODAY, response);
  }
}

async function todayPage(event) {
  try {
    const response = await fetch(event.request);
    event.waitUntil(rememberToday(response.clone()));
    return response;
  } catch {
    const cached = await caches.match(TODAY, { cacheName: PAGE_CACHE });
    return cached ?? (await caches.match(OFFLINE_FALLBACK)) ?? Response.error();
  }
}

async function fileFirstFromCache(request) {
  const cached = await caches.match(request, { cacheName: FILE_CACHE });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) {
    const cache = await caches.open(FILE_CACHE);
    await cache.put(request, response.clone());
  }
  return response;
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === "navigate" && url.pathname === TODAY && !url.search) {
    event.respondWith(todayPage(event));
  } else if (request.mode === "navigate" && url.pathname.startsWith(TODAY)) {
    // Another portal page: from the network; offline, the kept Vandaag page rather than the browser's error.
    event.respondWith(fetch(request).catch(async () => (await caches.match(TODAY, { cacheName: PAGE_CACHE })) ?? (await caches.match(OFFLINE_FALLBACK)) ?? Response.error()));
  } else if (isFile(url)) {
    event.respondWith(fileFirstFromCache(request));
  }
});

self.addEventListener("message", (event) => {
  const data = event.data ?? {};
  if (data.type === "keep-today") {
    // Sent by the Vandaag page once the worker controls it: keep the page and the files it loaded, so the
    // very first visit already works offline.
    event.waitUntil(
      (async () => {
        const files = await caches.open(FILE_CACHE);
        await Promise.all((data.files ?? []).map((file) => files.add(file).catch(() => undefined)));
        const response = await fetch(TODAY, { credentials: "same-origin", redirect: "manual" }).catch(() => null);
        if (response) await rememberToday(response);
      })(),
    );
  } else if (data.type === "forget") {
    event.waitUntil(caches.keys().then((names) => Promise.all(names.filter((name) => name.startsWith("keten-")).map((name) => caches.delete(name)))));
  }
});
