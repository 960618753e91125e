import Link from "next/link";
import { practice } from "@/lib/practice";
import { ChainLogo } from "./chain-logo";

const links = [
  { href: "/kennisbank", label: "Kennisbank", prefetch: undefined },
  { href: "/klachtencheck", label: "Klachtencheck", prefetch: undefined },
  { href: "/praktisch", label: "Praktisch", prefetch: undefined },
  // Sign-in and booking render per request (session, free slots): prefetching them buys little.
  { href: "/inloggen", label: "Inloggen", prefetch: false },
] as const;

export function SiteHeader() {
  return (
    <header className="no-print border-b border-line bg-surface">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-3 px-4 py-4">
        <Link href="/" className="flex items-center gap-2 text-ink no-underline">
          <ChainLogo className="h-6 w-12 text-brand" />
          <span className="font-serif text-xl font-semibold">{practice.name}</span>
        </Link>
        <nav aria-label="Hoofdmenu">
          <ul className="flex flex-wrap items-center gap-x-5 gap-y-2 text-base">
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} prefetch={link.prefetch} className="text-ink underline-offset-4 hover:text-brand hover:underline">
                  {link.label}
                </Link>
              </li>
            ))}
            <li>
              <Link
                href="/afspraak"
                prefetch={false}
                className="inline-block rounded-md bg-brand px-4 py-2 font-medium text-white no-underline hover:bg-brand-strong"
              >
                Afspraak maken
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
