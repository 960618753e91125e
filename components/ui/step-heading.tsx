"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * Focus for a step that just appeared: a keyboard or screen-reader user lands on the new step (its name is
 * read out, Tab goes on from there) instead of at the top of the page.
 *
 * - A page load (a GET form, a post without JavaScript): the heading's `autofocus` attribute, no script needed.
 * - A client navigation or a new form step: on mount, when focus has nowhere left to be (on `<body>`: the
 *   pressed button or link is gone) or is on an element inside `from` (a day link that stays on the page).
 *   It never takes focus from a field the visitor moved to while the page was loading.
 * - `refocus`: each new value takes focus again (a form action's next answer); null leaves focus alone (an
 *   answer whose error summary takes it).
 */
function takesFocus(from: string | undefined): boolean {
  const active = document.activeElement;
  return !active || active === document.body || (from ? !!active.closest(from) : false);
}

/** Focus without jumping: scrolled only when it is out of view, and then shown from its top. */
function focusInView(element: HTMLElement) {
  element.focus({ preventScroll: true });
  const { top, bottom } = element.getBoundingClientRect();
  if (top < 0 || bottom > window.innerHeight) element.scrollIntoView({ block: "start" });
}

export function StepHeading({
  id,
  children,
  className = "",
  from,
  refocus,
  level = 2,
  autoFocus = true,
}: {
  id: string;
  children: ReactNode;
  className?: string;
  from?: string;
  refocus?: number | null;
  level?: 1 | 2;
  /** Off when something else on the page takes focus on load (an error summary). */
  autoFocus?: boolean;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  // The value seen at mount: a change is a new answer; an effect run twice in development is not.
  const seen = useRef(refocus);
  useEffect(() => {
    const again = refocus != null && seen.current !== refocus;
    if (refocus != null) seen.current = refocus;
    const heading = ref.current;
    if (!heading || document.activeElement === heading) return;
    if (again || takesFocus(from)) focusInView(heading);
  }, [refocus, from]);
  const Heading = level === 1 ? "h1" : "h2";
  return (
    <Heading ref={ref} id={id} tabIndex={-1} autoFocus={autoFocus} className={`focus:outline-none ${className}`}>
      {children}
    </Heading>
  );
}

/** Moves focus to the element `target` (an id; give it tabIndex -1) when this mounts, on the same terms. */
export function FocusOnArrival({ target, from }: { target: string; from?: string }) {
  useEffect(() => {
    const element = document.getElementById(target);
    if (element && document.activeElement !== element && takesFocus(from)) focusInView(element);
  }, [target, from]);
  return null;
}
