import Link from "next/link";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";

export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main id="inhoud" className="mx-auto w-full max-w-3xl flex-1 px-4 py-16">
        <h1 className="text-3xl font-semibold">Deze pagina bestaat niet</h1>
        <p className="mt-4 text-muted">
          De link klopt misschien niet meer, of de pagina is verplaatst. Je kunt verder op de{" "}
          <Link href="/">startpagina</Link> of in de <Link href="/kennisbank">kennisbank</Link>.
        </p>
      </main>
      <SiteFooter />
    </>
  );
}
