import Link from "next/link";

/** What a visitor reads on an address that does not exist (app/not-found.tsx). */
export function NotFoundMessage() {
  return (
    <div className="mx-auto w-full max-w-3xl px-4 py-16">
      <h1 className="text-3xl font-semibold">Deze pagina bestaat niet</h1>
      <p className="mt-4 text-muted">
        De link klopt misschien niet meer, of de pagina is verplaatst. Je kunt verder op de <Link href="/">startpagina</Link> of in
        de <Link href="/kennisbank">kennisbank</Link>.
      </p>
    </div>
  );
}
