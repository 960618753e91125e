import Link from "next/link";

/** Where a workspace page sits: "Patiënten › Fenna Kuipers › Beoordeling"; the last crumb is this page. */
export function Trail({ crumbs }: { crumbs: { href?: string; label: string }[] }) {
  return (
    <nav aria-label="Kruimelpad" className="text-sm text-muted">
      <ol className="flex flex-wrap items-center gap-x-2">
        {crumbs.map((crumb, index) => (
          <li key={`${crumb.label}-${index}`} className="flex items-center gap-x-2">
            {crumb.href ? (
              <>
                <Link href={crumb.href} className="inline-block py-2 text-muted underline underline-offset-4 hover:text-brand">
                  {crumb.label}
                </Link>
                <span aria-hidden="true">›</span>
              </>
            ) : (
              <span aria-current="page">{crumb.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

export function patientCrumbs(patient: { id: string; name: string }) {
  return [
    { href: "/praktijk/patienten", label: "Patiënten" },
    { href: `/praktijk/patienten/${patient.id}`, label: patient.name },
  ];
}
