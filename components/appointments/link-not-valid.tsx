import Link from "next/link";
import { practice } from "@/lib/practice";

/** What someone sees with a manage link that does not (or no longer) work. Never says whether it ever did. */
export function LinkNotValid() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-semibold">Deze link werkt niet (meer)</h1>
      <p className="mt-4">
        We kunnen bij deze link geen afspraak vinden. Is je afspraak verzet? Dan heb je een nieuwe e-mail gekregen: gebruik de link daarin.
        Controleer anders of je de hele link hebt gekopieerd.
      </p>
      <p className="mt-4">
        Hulp nodig? Bel ons op <a href={practice.phoneHref} className="underline underline-offset-2">{practice.phone}</a>, of <Link href="/afspraak" className="underline underline-offset-2">maak een nieuwe afspraak</Link>.
      </p>
    </div>
  );
}
