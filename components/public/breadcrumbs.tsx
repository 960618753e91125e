import Link from "next/link";
import { siteOrigin } from "@/lib/content/metadata";
import { breadcrumbJsonLd, type Crumb } from "@/lib/content/structured-data";
import { JsonLd } from "./json-ld";

/**
 * Where the visitor is: "Home › Kennisbank › Overbelaste hamstring"; the last crumb is the current page.
 * It carries its own BreadcrumbList data, so search engines are told the same trail the visitor sees.
 */
export function Breadcrumbs({ crumbs }: { crumbs: Crumb[] }) {
  return (
    <nav aria-label="Kruimelpad" className="no-print text-sm text-muted">
      <JsonLd data={breadcrumbJsonLd(crumbs, siteOrigin())} />
      <ol className="flex flex-wrap items-center gap-x-2">
        {crumbs.map((crumb, index) => {
          const last = index === crumbs.length - 1;
          return (
            <li key={crumb.path} className="flex items-center gap-x-2">
              {last ? (
                <span aria-current="page">{crumb.name}</span>
              ) : (
                <>
                  <Link href={crumb.path} className="inline-block py-2 text-muted underline underline-offset-4 hover:text-brand">
                    {crumb.name}
                  </Link>
                  <span aria-hidden="true">›</span>
                </>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
