"use client";

import { useCallback, useEffect, useState, useSyncExternalStore } from "react";
import type { FormState } from "@/lib/validation/form-state";

/**
 * The phone's queue of checklists saved without a connection (issue 16 point 10, docs/decisions/021). Each
 * save gets a random submission key before it leaves the form; a save that cannot reach the server (offline,
 * or the answer lost on the way) is kept in localStorage under that key and sent again when the phone is back
 * online, until the server answers. The server stores each key once (lib/data/log-submissions.ts), so sending
 * a save twice never stores it twice. Logging out empties the queue (offline-support.tsx).
 */
type Action = (state: FormState, formData: FormData) => Promise<FormState>;
type Queued = { key: string; logDate: string; fields: [string, string][] };

const STORAGE_KEY = "keten-logboek-wachtrij";
export const SUBMISSION_KEY_FIELD = "submissionKey";
export const OFFLINE_MESSAGE = "Je bent offline; je logboek wordt verstuurd zodra je weer online bent.";

function readQueue(): Queued[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "[]");
    return Array.isArray(parsed) ? (parsed as Queued[]) : [];
  } catch {
    return [];
  }
}

function writeQueue(queue: Queued[]): void {
  if (queue.length) localStorage.setItem(STORAGE_KEY, JSON.stringify(queue));
  else localStorage.removeItem(STORAGE_KEY);
}

export function forgetQueue(): void {
  localStorage.removeItem(STORAGE_KEY);
}

function enqueue(formData: FormData): void {
  const fields = [...formData.entries()].filter((entry): entry is [string, string] => typeof entry[1] === "string" && !entry[0].startsWith("$ACTION"));
  const key = String(formData.get(SUBMISSION_KEY_FIELD));
  const queue = readQueue().filter((item) => item.key !== key);
  writeQueue([...queue, { key, logDate: String(formData.get("logDate") ?? ""), fields }]);
}

const subscribeOnline = (notify: () => void) => {
  window.addEventListener("online", notify);
  window.addEventListener("offline", notify);
  return () => {
    window.removeEventListener("online", notify);
    window.removeEventListener("offline", notify);
  };
};

/** Whether the browser says it is online; on the server (and before hydration) assumed online. */
export function useOnline(): boolean {
  return useSyncExternalStore(subscribeOnline, () => navigator.onLine, () => true);
}

let sending = false;

const noSubscription = () => () => {};

/**
 * Wraps the checklist's server action: every save carries a submission key; without a connection the save is
 * queued and the patient reads that it is. Queued saves are sent on load and whenever the phone comes back
 * online; `sent` is what the patient is told about them. Until the page is hydrated the server action itself
 * is returned, so the form still posts without JavaScript.
 */
export function useQueuedSave(action: Action): { save: Action; sent: FormState | null } {
  const [sent, setSent] = useState<FormState | null>(null);
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);

  const flush = useCallback(async () => {
    if (sending || !navigator.onLine) return;
    sending = true;
    try {
      for (const item of readQueue()) {
        const formData = new FormData();
        for (const [name, value] of item.fields) formData.append(name, value);
        // A refusal (a day too long ago, an exercise no longer in the plan) is final: it is shown, not retried.
        const result = await action({ ok: false }, formData);
        writeQueue(readQueue().filter((queued) => queued.key !== item.key));
        setSent(result.ok ? { ok: true, message: `Je logboek dat offline was bewaard, is verstuurd. ${result.message ?? ""}`.trim() } : result);
      }
    } catch {
      // Still no answer: the save stays queued for the next time the phone is online.
    } finally {
      sending = false;
    }
  }, [action]);

  useEffect(() => {
    const run = () => void flush();
    window.addEventListener("online", run);
    const first = window.setTimeout(run, 0);
    return () => {
      window.removeEventListener("online", run);
      window.clearTimeout(first);
    };
  }, [flush]);

  const save = useCallback<Action>(
    async (state, formData) => {
      if (!formData.get(SUBMISSION_KEY_FIELD)) formData.set(SUBMISSION_KEY_FIELD, crypto.randomUUID());
      setSent(null);
      if (!navigator.onLine) {
        enqueue(formData);
        return { ok: true, message: `Bewaard op je telefoon. ${OFFLINE_MESSAGE}` };
      }
      try {
        return await action(state, formData);
      } catch {
        enqueue(formData);
        return { ok: true, message: `Er kwam geen antwoord van de praktijk, dus je logboek is bewaard op je telefoon. Het wordt opnieuw verstuurd zodra je weer online bent.` };
      }
    },
    [action],
  );

  return { save: hydrated ? save : action, sent };
}
