import Link from "next/link";
import { practice } from "@/lib/practice";

const footerLinks = [
  { href: "/praktisch", label: "Tarieven, vergoeding en route", prefetch: undefined },
  { href: "/privacy", label: "Privacy en je gegevens", prefetch: undefined },
  { href: "/kennisbank", label: "Kennisbank", prefetch: undefined },
  // Booking renders per request (free slots): prefetching it buys little.
  { href: "/afspraak", label: "Een afspraak plannen", prefetch: false },
] as const;

export function SiteFooter() {
  return (
    <footer className="no-print mt-16 border-t border-line bg-surface">
      <div className="mx-auto grid max-w-5xl gap-8 px-4 py-10 text-sm text-muted sm:grid-cols-3">
        <div>
          <p className="font-serif text-base font-semibold text-ink">{practice.name}</p>
          <p>{practice.tagline}</p>
        </div>
        <address className="not-italic">
          <p className="font-semibold text-ink">Contact</p>
          <p>
            {practice.street}
            <br />
            {practice.postalCode} {practice.city}
          </p>
          <p className="mt-1 flex flex-col">
            <a href={practice.phoneHref} className="inline-block py-1">
              {practice.phone}
            </a>
            <a href={`mailto:${practice.email}`} className="inline-block py-1">
              {practice.email}
            </a>
          </p>
        </address>
        <div>
          <p className="font-semibold text-ink">Goed om te weten</p>
          <ul className="mt-1">
            {footerLinks.map((link) => (
              <li key={link.href}>
                <Link href={link.href} prefetch={link.prefetch} className="inline-block py-1">
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </footer>
  );
}
