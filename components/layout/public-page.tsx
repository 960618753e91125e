import type { ReactNode } from "react";
import { PageHead } from "@/components/public/page-head";
import type { PageMetaInput } from "@/lib/content/metadata";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";
import { SkipLink } from "./skip-link";

/**
 * A public page served without client JavaScript (pages/, docs/decisions/012): its head, then the same
 * skip link, header, main landmark and footer as the App Router's root and public layouts.
 */
export function PublicPage({ head, children }: { head: PageMetaInput & { absoluteTitle?: boolean }; children: ReactNode }) {
  return (
    <>
      <PageHead {...head} />
      <SkipLink />
      <SiteHeader />
      <main id="inhoud" className="flex-1">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
