"use client";

import { useEffect, useRef } from "react";

/**
 * After a failed submit, focus moves to the first field marked invalid in the same form, so a keyboard or
 * screen-reader user lands on what needs fixing (its label and error are read out) and a phone user sees it,
 * instead of focus falling back to the page's top while the view stays at the button. A form that already
 * moved focus itself (an error summary) is left alone.
 */
export function FocusFirstInvalid({ state }: { state: { ok: boolean; fieldErrors?: Record<string, unknown> } }) {
  const marker = useRef<HTMLSpanElement>(null);
  const failed = !state.ok && !!state.fieldErrors && Object.keys(state.fieldErrors).length > 0;
  useEffect(() => {
    if (!failed) return;
    const form = marker.current?.closest("form");
    const active = document.activeElement;
    if (!form || (active && active !== document.body && !form.contains(active))) return;
    if (active && active.closest('[role="alert"]')) return;
    const invalid = form.querySelector<HTMLElement>('[aria-invalid="true"]');
    const target = invalid?.matches("fieldset") ? invalid.querySelector<HTMLElement>("input, select, textarea") : invalid;
    target?.focus();
  }, [state, failed]);
  return <span ref={marker} hidden />;
}
