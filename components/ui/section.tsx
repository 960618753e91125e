import type { ReactNode } from "react";

/** A page section named by its h2 heading (aria-labelledby points at the heading's id). */
export function Section({ id, title, className, children }: { id: string; title: ReactNode; className: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className="text-2xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
