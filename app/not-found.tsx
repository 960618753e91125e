import Link from "next/link";
import { BoundaryPage } from "@/components/layout/boundary-page";

/** An address that does not exist. Kept small: it travels in every page's RSC payload (components/layout/boundary-page.tsx). */
export default function NotFound() {
  return (
    <BoundaryPage title="Deze pagina bestaat niet">
      <p className="mt-4 text-muted">
        De link klopt misschien niet meer, of de pagina is verplaatst. Je kunt verder op de <Link href="/">startpagina</Link> of in
        de <Link href="/kennisbank">kennisbank</Link>.
      </p>
    </BoundaryPage>
  );
}
