"use client";

import { useEffect, useState, type RefObject } from "react";

/**
 * Keeps the typed answers of the intake while the visitor goes back to change the time or the treatment
 * (issue 12, point 12): saved in this tab's sessionStorage on every change, put back when the intake form
 * opens again, and forgotten once the booking is made. sessionStorage lives only as long as the tab and is
 * never sent to a server; the answers travel to us only with the form itself.
 */
const KEY = "keten-intake-concept";
const CONTEXT = new Set(["dienst", "therapeut", "tijd", "sleutel", "formVersion", "intent"]);

function valuesOf(form: HTMLFormElement): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of new FormData(form).entries()) {
    if (typeof value !== "string" || CONTEXT.has(name) || name.startsWith("$ACTION")) continue;
    values[name] = name in values ? `${values[name]},${value}` : value;
  }
  return values;
}

export function forgetIntakeDraft(): void {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // Storage unavailable (private mode, blocked): nothing was kept.
  }
}

/** The saved draft (read once after mounting), and saving on every change of the form. */
export function useIntakeDraft(form: RefObject<HTMLFormElement | null>, enabled: boolean): Record<string, string> | null {
  const [draft, setDraft] = useState<Record<string, string> | null>(null);
  useEffect(() => {
    try {
      const saved = sessionStorage.getItem(KEY);
      // eslint-disable-next-line react-hooks/set-state-in-effect -- sessionStorage exists only after mounting
      if (saved) setDraft(JSON.parse(saved) as Record<string, string>);
    } catch {
      // Unreadable: start empty.
    }
  }, []);
  useEffect(() => {
    const element = form.current;
    if (!element || !enabled) return;
    const save = () => {
      try {
        sessionStorage.setItem(KEY, JSON.stringify(valuesOf(element)));
      } catch {
        // Full or blocked: the answers simply are not kept.
      }
    };
    element.addEventListener("input", save);
    element.addEventListener("change", save);
    return () => {
      element.removeEventListener("input", save);
      element.removeEventListener("change", save);
    };
  }, [form, enabled]);
  return draft;
}
