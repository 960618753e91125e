import Link from "next/link";
import { AppointmentFacts } from "@/components/booking/appointment-facts";
import { Notice } from "@/components/ui/notice";
import { StepHeading } from "@/components/ui/step-heading";
import { HOLD_MINUTES } from "@/lib/booking/holds";
import { practice } from "@/lib/practice";
import { formatTime } from "@/lib/time/format";

/**
 * What the visitor reads after booking with the address of an existing account (decision 016): nothing is
 * booked yet, what they must do, until when the time is held, and what happens if nobody confirms.
 */
export function PendingHold({
  hold,
}: {
  hold: { email: string; serviceName: string; serviceMinutes: number; therapistName: string; startsAt: Date; endsAt: Date; expiresAt: Date };
}) {
  const until = formatTime(hold.expiresAt);
  return (
    <>
      <StepHeading level={1} id="afspraak-vasthouden" className="text-3xl font-semibold">
        Nog één stap: bevestig je afspraak
      </StepHeading>
      <Notice tone="warning" className="mt-6" live="polite" title="Je afspraak staat nog niet vast">
        <p>
          Bij ons bestaat al een account met het e-mailadres <strong>{hold.email}</strong>. Daarom leggen we de afspraak pas vast als de eigenaar
          van dat adres hem bevestigt. We hebben zojuist een e-mail met een bevestigingslink naar dat adres gestuurd.
        </p>
      </Notice>
      <AppointmentFacts className="mt-6" appointment={hold} />
      <h2 className="mt-8 text-xl font-semibold">Wat gebeurt er nu?</h2>
      <ol className="mt-3 list-decimal space-y-2 pl-6">
        <li>Open de e-mail en kies daarin &lsquo;Afspraak bevestigen&rsquo;. Op de pagina die opent, bevestig je met één klik.</li>
        <li>
          We houden deze tijd {HOLD_MINUTES} minuten voor je vrij, tot <strong>{until}</strong>. Bevestig je niet op tijd, dan vervalt de aanvraag en
          kan iemand anders deze tijd boeken.
        </li>
        <li>Pas na je bevestiging staan de afspraak en je antwoorden in je dossier. Je krijgt dan de gewone bevestiging met een uitnodiging voor je agenda.</li>
      </ol>
      <p className="mt-6">
        Liever meteen vastleggen?{" "}
        <Link href="/inloggen?volgende=/afspraak" className="underline underline-offset-2">
          Log in
        </Link>{" "}
        en maak de afspraak opnieuw; ingelogd is er geen bevestiging per e-mail nodig.
      </p>
      <p className="mt-4">
        Geen e-mail gekregen? Kijk in je map met ongewenste e-mail, of bel ons: <a href={practice.phoneHref} className="underline underline-offset-2">{practice.phone}</a>.
      </p>
    </>
  );
}
