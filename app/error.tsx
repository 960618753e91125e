"use client";

import { practicePhone } from "@/lib/practice-phone";

/**
 * The app-wide error page: what a visitor reads when a page fails unexpectedly (expected problems such as
 * wrong input or a briefly unreachable agenda get their own message on the page itself). Says what to do,
 * never what went wrong inside; the digest helps the practice find the server log line.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="inhoud" className="mx-auto w-full max-w-3xl flex-1 px-4 py-16">
      <h1 className="text-3xl font-semibold">Er ging iets mis</h1>
      <p className="mt-4">
        Deze pagina kon even niet worden geladen. Probeer het over een minuutje opnieuw. Lukt het dan nog niet, bel ons gerust op{" "}
        <a href={practicePhone.phoneHref} className="underline underline-offset-2">
          {practicePhone.phone}
        </a>
        .
      </p>
      <div className="mt-6 flex flex-wrap items-center gap-4">
        <button type="button" onClick={() => reset()} className="rounded-md bg-brand px-4 py-2 font-medium text-white">
          Opnieuw proberen
        </button>
        {/* A plain link: next/link here would add its code to the JavaScript of every page. */}
        <a href="/" className="underline underline-offset-2">
          Naar de startpagina
        </a>
      </div>
      {error.digest ? <p className="mt-6 text-sm text-muted">Foutcode: {error.digest}</p> : null}
    </main>
  );
}
