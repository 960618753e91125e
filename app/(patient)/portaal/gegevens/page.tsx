import type { Metadata } from "next";
import Link from "next/link";
import { ChangePasswordForm } from "@/components/portal/change-password-form";
import { buttonClasses } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { Section } from "@/components/ui/section";
import { PASSWORD_HINT } from "@/lib/auth/password-policy";
import { requirePatient } from "@/lib/auth/actor";
import { remainingRecoveryCodes } from "@/lib/auth/second-factor";
import { getOwnAccount } from "@/lib/data/account";
import { intakeListLabel, listOwnIntakes } from "@/lib/data/intake";
import { formatBirthDate } from "@/lib/time/birth-date";
import { formatCount, formatDate, formatDateTime } from "@/lib/time/format";
import { portalSession } from "@/app/area-session";
import { changePasswordAction, logoutEverywhereAction } from "./actions";
import { ErasureRequest } from "./erasure-request";
import { ReminderPreferences } from "./reminder-preferences";

export const metadata: Metadata = { title: "Mijn gegevens" };

export default async function MyDetailsPage({ searchParams }: { searchParams: Promise<{ wachtwoord?: string }> }) {
  const session = await portalSession("/portaal/gegevens");
  const [account, intakes, { wachtwoord }, actor] = await Promise.all([getOwnAccount(session), listOwnIntakes(session), searchParams, requirePatient(session)]);
  const recoveryLeft = actor.twoFactorEnabled ? await remainingRecoveryCodes(session) : 0;
  return (
    <>
      <h1 className="text-3xl font-semibold">Mijn gegevens</h1>
      {wachtwoord === "gewijzigd" ? (
        <Notice tone="success" live="polite" className="mt-6">
          Je wachtwoord is gewijzigd. Op je andere apparaten ben je uitgelogd.
        </Notice>
      ) : null}

      <section aria-labelledby="profiel" className="mt-8">
        <h2 id="profiel" className="text-2xl font-semibold">
          Profiel
        </h2>
        <dl className="mt-3 grid max-w-2xl grid-cols-[auto_1fr] gap-x-6 gap-y-2">
          <dt className="text-muted">Naam</dt>
          <dd>{account.fullName}</dd>
          <dt className="text-muted">Geboortedatum</dt>
          <dd>{formatBirthDate(account.dateOfBirth)}</dd>
          <dt className="text-muted">Telefoon</dt>
          <dd>{account.phone ?? "niet bekend"}</dd>
          <dt className="text-muted">E-mailadres</dt>
          <dd>{account.email}</dd>
          <dt className="text-muted">Account actief sinds</dt>
          <dd>{account.activatedAt ? formatDate(account.activatedAt) : "–"}</dd>
          <dt className="text-muted">Laatst ingelogd</dt>
          <dd>{account.lastLoginAt ? formatDateTime(account.lastLoginAt) : "–"}</dd>
        </dl>
        <p className="mt-3 max-w-2xl text-muted">Klopt er iets niet? Laat het de praktijk weten, dan passen we het aan.</p>
      </section>

      <ReminderPreferences session={session} />

      {intakes.length ? (
        <Section id="intakes" title="Je intakes" className="mt-10">
          <ul className="mt-3 space-y-1">
            {intakes.map((intake) => (
              <li key={intake.id}>
                <Link href={`/portaal/gegevens/intake/${intake.id}`} className="text-link">{intakeListLabel(intake, { date: formatDate, dateTime: formatDateTime })}</Link>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      <Section id="download" title="Al je gegevens downloaden" className="mt-10">
        <p className="mt-2 max-w-2xl">
          Je hebt recht op inzage in alles wat de praktijk over je bewaart (AVG). Het bestand bevat je profiel, intakes, afspraken, oefenplannen,
          vastgelegde sessies, onderzoeken en wie je dossier heeft bekeken, in JSON: een gangbaar formaat dat je ook aan een andere zorgverlener
          kunt geven. Als document lees je hetzelfde op het scherm of op papier, met het logboek per fase samengevat.
        </p>
        <p className="mt-4 flex flex-wrap gap-3">
          <Link href="/portaal/gegevens/document" className={buttonClasses("secondary")}>
            Lees mijn gegevens als document
          </Link>
          <a href="/portaal/gegevens/export" download className={buttonClasses("secondary")}>
            Download mijn gegevens (JSON)
          </a>
        </p>
      </Section>

      <Section id="inzage" title="Wie heeft mijn dossier ingezien" className="mt-10">
        <p className="mt-2 max-w-2xl">Bekijk wie van de praktijk wanneer je dossier opende of er iets in vastlegde.</p>
        <p className="mt-4">
          <Link href="/portaal/gegevens/inzage" className="text-link">
            Naar het overzicht van inzage
          </Link>
        </p>
      </Section>

      <ErasureRequest session={session} />

      <Section id="wachtwoord" title="Wachtwoord wijzigen" className="mt-10">
        <p className="mt-2 max-w-2xl text-muted">Na het wijzigen ben je op je andere apparaten uitgelogd.</p>
        <div className="mt-4">
          <ChangePasswordForm action={changePasswordAction} email={account.email} hint={PASSWORD_HINT} />
        </div>
      </Section>

      <Section id="tweestaps" title="Tweestapsverificatie" className="mt-10">
        {actor.twoFactorEnabled ? (
          <p className="mt-2 max-w-prose">
            Staat aan: bij het inloggen vragen we na je wachtwoord een code uit je authenticator-app. Je hebt nog{" "}
            {formatCount(recoveryLeft, "herstelcode", "herstelcodes")} over. Telefoon kwijt of nieuwe codes nodig? Bel de praktijk, dan zetten we het voor je opnieuw klaar.
          </p>
        ) : (
          <>
            <p className="mt-2 max-w-prose">
              Met een code uit een app op je telefoon heeft iemand die je wachtwoord kent nog niet genoeg om in je portaal te komen. Het is niet
              verplicht.
            </p>
            <Link href="/inloggen/tweestaps/instellen" className={`${buttonClasses("secondary")} mt-4`}>
              Tweestapsverificatie aanzetten
            </Link>
          </>
        )}
      </Section>

      <Section id="overal-uitloggen" title="Overal uitloggen" className="mt-10">
        <p className="mt-2 max-w-2xl">Ben je ingelogd op een computer die niet van jou is, of is je telefoon kwijt? Log dan op al je apparaten tegelijk uit, ook hier.</p>
        <form action={logoutEverywhereAction} className="mt-4">
          <SubmitButton variant="danger" pendingLabel="Bezig met uitloggen…">
            Overal uitloggen
          </SubmitButton>
        </form>
      </Section>
    </>
  );
}
