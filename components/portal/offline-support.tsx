"use client";

import { useEffect } from "react";
import { Notice } from "@/components/ui/notice";
import { forgetQueue, OFFLINE_MESSAGE, useOnline } from "./offline-queue";

const TODAY = "/portaal";

/** Asks the worker to keep today's page and the files this page loaded (scripts, pictures). */
function keepToday(worker: ServiceWorker | null | undefined): void {
  if (!worker || location.pathname !== TODAY || location.search) return;
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
    navigator.serviceWorker
      .register("/sw.js", { scope: TODAY })
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => keepToday(registration.active))
      .catch(() => undefined);
  }, []);

  useEffect(() => {
    const onSubmit = (event: SubmitEvent) => {
      if (!(event.target instanceof HTMLFormElement) || !event.target.hasAttribute("data-uitloggen")) return;
      forgetQueue();
      navigator.serviceWorker?.controller?.postMessage({ type: "forget" });
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
