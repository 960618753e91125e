import Link from "next/link";
import { practice } from "@/lib/practice";
import { SubmitButton } from "@/components/ui/submit-button";
import { ChainLogo } from "./chain-logo";

/** The header of a logged-in area (portal, workspace): its own navigation, who is logged in, and logout. */
export function AreaHeader({
  areaName,
  links,
  userLabel,
  logoutAction,
}: {
  areaName: string;
  links: readonly { href: string; label: string }[];
  userLabel: string;
  logoutAction: () => Promise<void>;
}) {
  return (
    <header className="no-print border-b border-line bg-surface">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-3 px-4 py-3">
        <div className="flex items-center gap-3">
          <Link href="/" className="flex items-center gap-2 text-ink no-underline">
            <ChainLogo className="h-5 w-10 text-brand" />
            <span className="font-serif text-lg font-semibold">{practice.name}</span>
          </Link>
          <span className="rounded bg-brand-soft px-2 py-0.5 text-sm font-medium text-brand-strong">{areaName}</span>
        </div>
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <span className="text-muted">
            Ingelogd als <span className="font-medium text-ink">{userLabel}</span>
          </span>
          <form action={logoutAction} data-uitloggen="">
            <SubmitButton variant="secondary" pendingLabel="Uitloggen…" className="min-h-9 px-3 py-1 text-sm">
              Uitloggen
            </SubmitButton>
          </form>
        </div>
      </div>
      <nav aria-label={`${areaName}: menu`} className="mx-auto max-w-6xl px-4 pb-2">
        <ul className="flex flex-wrap gap-x-5 gap-y-1">
          {links.map((link) => (
            <li key={link.href}>
              {/* No prefetch: a prefetch passes the proxy, which renews the session cookie; one that answers after
                  "Uitloggen" set the cookie again (seen in e2e/auth.spec.ts once the menu had a second link). */}
              <Link href={link.href} className="inline-block py-2 text-ink underline-offset-4 hover:text-brand hover:underline">
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
