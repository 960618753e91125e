"use client";

import { useEffect } from "react";
import { Notice } from "@/components/ui/notice";
import { forgetQueue, OFFLINE_MESSAGE, useOnline } from "./offline-queue";

const TODAY = "/portaal";

/** The registration's worker once it is activated. */
function activeWorker(registration: ServiceWorkerRegistration): Promise<ServiceWorker | null> {
  const worker = registration.active ?? registration.waiting ?? registration.installing;
  if (!worker || worker.state === "activated") return Promise.resolve(worker);
  return new Promise((resolve) => worker.addEventListener("statechange", () => worker.state === "activated" && resolve(worker)));
}

/** Asks the worker to keep today's page and the files this page loaded (scripts, pictures). */
function keepToday(worker: ServiceWorker | null | undefined): void {
  // A page the worker already controls was kept as it loaded: asking again would render it a second time.
  if (!worker || navigator.serviceWorker.controller || location.pathname !== TODAY || location.search) return;
  const files = [...document.querySelectorAll<HTMLScriptElement | HTMLImageElement>("script[src], img[src]")].map((element) => element.src);
  worker.postMessage({ type: "keep-today", files: files.filter((file) => new URL(file).origin === location.origin) });
}

/**
 * The portal as an installable app that works offline (issue 16 point 10, docs/decisions/021): registers the
 * service worker (public/sw.js, scope /portaal), has it keep today's page, says so when the phone is offline,
 * and on "Uitloggen" removes the kept page and any queued log from this phone before the session ends.
 */
export function OfflineSupport() {
  const online = useOnline();

  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    // Not `navigator.serviceWorker.ready`: after logging in, this page was reached by a client-side navigation
    // from /inloggen, outside the worker's scope, so `ready` never resolves for it; the worker is asked directly.
    navigator.serviceWorker
      .register("/sw.js", { scope: TODAY })
      .then(activeWorker)
      .then(keepToday)
      .catch(() => undefined);
  }, []);

  useEffect(() => {
    const onSubmit = (event: SubmitEvent) => {
      if (!(event.target instanceof HTMLFormElement) || !event.target.hasAttribute("data-uitloggen")) return;
      forgetQueue();
      void navigator.serviceWorker?.getRegistration(TODAY).then((registration) => registration?.active?.postMessage({ type: "forget" }));
    };
    document.addEventListener("submit", onSubmit, true);
    return () => document.removeEventListener("submit", onSubmit, true);
  }, []);

  if (online) return null;
  return (
    <Notice tone="warning" live="polite" className="mb-6">
      {OFFLINE_MESSAGE}
    </Notice>
  );
}
