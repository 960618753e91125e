import { NotFoundMessage } from "@/components/layout/not-found-message";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";

export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main id="inhoud" className="flex-1">
        <NotFoundMessage />
      </main>
      <SiteFooter />
    </>
  );
}
