import Link from "next/link";

/** An id that is not the user's to see, or an admin page opened by someone else: both look the same. */
export function NotAvailable() {
  return (
    <>
      <h1 className="text-3xl font-semibold">Niet gevonden</h1>
      <p className="mt-4 max-w-2xl">
        Deze pagina bestaat niet of is niet beschikbaar voor jouw account. Ga terug naar de <Link href="/praktijk" className="text-link">agenda</Link>.
      </p>
    </>
  );
}
