"use client";

import { practicePhone } from "@/lib/practice-phone";

/**
 * The last resort, when even the root layout fails: its own <html> and <body>, no styles it cannot count on.
 */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="nl">
      <body style={{ fontFamily: "system-ui, sans-serif", margin: "0 auto", maxWidth: "40rem", padding: "4rem 1rem", lineHeight: 1.5 }}>
        <main>
          <h1>Er ging iets mis</h1>
          <p>
            Fysiopraktijk Keten is even niet bereikbaar. Probeer het over een minuutje opnieuw. Lukt het dan nog niet, bel ons gerust op{" "}
            <a href={practicePhone.phoneHref}>{practicePhone.phone}</a>.
          </p>
          <p>
            {/* A full page load on purpose: the app around this page is what failed. */}
            <a href="/">Opnieuw proberen</a>
          </p>
          {error.digest ? <p style={{ fontSize: "0.875rem" }}>Foutcode: {error.digest}</p> : null}
        </main>
      </body>
    </html>
  );
}
