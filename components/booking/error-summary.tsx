"use client";

import { useEffect, useRef } from "react";
import { intakeErrorSummary } from "@/lib/validation/intake-errors";
import { formatCount } from "@/lib/time/format";

/**
 * After a failed submit: what still needs an answer, one line per question in the form's order, each a
 * link to its field. It takes focus, so keyboard and screen-reader users start here instead of at the
 * bottom of the page, and it is shown from its heading down, also on a phone.
 */
export function ErrorSummary({ errors, attempt }: { errors: Record<string, string[] | undefined>; attempt: number }) {
  const lines = intakeErrorSummary(errors);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // The summary is often taller than a phone's screen: focusing alone would scroll only its bottom into
    // view, hiding the heading that says what this list is. Show it from the top.
    if (lines.length === 0 || !ref.current) return;
    ref.current.focus({ preventScroll: true });
    ref.current.scrollIntoView({ block: "start" });
    // Focus once per failed submit (the attempt), not on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [attempt]);
  if (lines.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} autoFocus role="alert" aria-labelledby="nog-te-doen" className="mb-4 rounded-md border-l-4 border-alert bg-surface p-4 focus:outline-2 focus:outline-offset-2 focus:outline-alert">
      <h3 id="nog-te-doen" className="font-semibold">
        Nog {formatCount(lines.length, "vraag", "vragen")} om naar te kijken
      </h3>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {lines.map(({ field, question, message, target }) => (
          <li key={field}>
            <a href={`#${target}`} className="underline underline-offset-2">
              {question}
            </a>{" "}
            — {message}
          </li>
        ))}
      </ul>
    </div>
  );
}
