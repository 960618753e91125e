import Link from "next/link";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";

/** 403: a signed-in account opened a page that exists but is not for its role (an admin page, for a therapist). */
export default function Forbidden() {
  return (
    <>
      <SiteHeader />
      <main id="inhoud" className="mx-auto w-full max-w-3xl flex-1 px-4 py-10">
        <h1 className="text-3xl font-semibold">Geen toegang</h1>
        <p className="mt-4 max-w-2xl">
          Deze pagina is alleen voor de beheerder van de praktijk. Heb je hier wel iets nodig, vraag het dan aan de beheerder. Ga terug naar de{" "}
          <Link href="/praktijk" className="text-link">
            agenda
          </Link>
          .
        </p>
      </main>
      <SiteFooter />
    </>
  );
}
