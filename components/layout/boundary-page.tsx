import Link from "next/link";
import type { ReactNode } from "react";
import { practice } from "@/lib/practice";

/**
 * The frame of the not-found, no-access and log-in-first pages (app/not-found.tsx, forbidden.tsx,
 * unauthorized.tsx): the practice's name as the way home, the message, the links onward. No site header or
 * footer on purpose: Next.js puts these three pages into the RSC payload of every page, once per layout
 * level, and with the full header and footer they made each public page ~25 kB larger (issue 14, point 3).
 */
export function BoundaryPage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main id="inhoud" className="mx-auto w-full max-w-3xl flex-1 px-4 py-10">
      <Link href="/" className="font-serif text-xl font-semibold text-ink no-underline">
        {practice.name}
      </Link>
      <h1 className="mt-10 text-3xl font-semibold">{title}</h1>
      {children}
    </main>
  );
}
