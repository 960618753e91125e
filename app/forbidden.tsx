import Link from "next/link";
import { BoundaryPage } from "@/components/layout/boundary-page";

/** 403: a signed-in account opened a page that exists but is not for its role (an admin page, for a therapist). */
export default function Forbidden() {
  return (
    <BoundaryPage title="Geen toegang">
      <p className="mt-4 max-w-2xl">
        Deze pagina is alleen voor de beheerder van de praktijk. Heb je hier wel iets nodig, vraag het dan aan de beheerder. Ga terug naar de{" "}
        <Link href="/praktijk" className="text-link">
          agenda
        </Link>
        .
      </p>
    </BoundaryPage>
  );
}
