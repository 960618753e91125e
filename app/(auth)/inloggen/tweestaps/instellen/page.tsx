import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { auth } from "@/auth";
import { currentActor, homePathFor } from "@/lib/auth/actor";
import { beginEnrolment } from "@/lib/auth/second-factor";
import { confirmEnrolmentAction } from "../actions";
import { EnrolForm } from "./enrol-form";

export const metadata: Metadata = { title: "Tweestapsverificatie instellen", robots: { index: false } };

export default async function EnrolPage({ searchParams }: { searchParams: Promise<{ volgende?: string }> }) {
  const session = await auth();
  const actor = await currentActor(session);
  const { volgende } = await searchParams;
  if (!actor) redirect("/inloggen?volgende=%2Finloggen%2Ftweestaps%2Finstellen");
  const enrolment = await beginEnrolment(session);
  if (!enrolment) redirect(homePathFor(actor.role));
  const groups = enrolment.secret.match(/.{1,4}/g)!.join(" ");
  return (
    <>
      <h1 className="text-3xl font-semibold">Tweestapsverificatie instellen</h1>
      <p className="mt-2 max-w-prose text-muted">
        {actor.role === "patient"
          ? "Met tweestapsverificatie heeft iemand die je wachtwoord kent nog niet genoeg om in je portaal te komen."
          : "In de praktijkomgeving werk je met medische gegevens. Daarom log je daar in met je wachtwoord én een code uit een authenticator-app op je telefoon."}
      </p>
      <ol className="mt-6 max-w-prose list-decimal space-y-4 pl-5">
        <li>
          Installeer een authenticator-app, zoals Google Authenticator, Microsoft Authenticator, FreeOTP of de app van je wachtwoordkluis.
        </li>
        <li>
          Scan deze QR-code met de app.
          <div
            className="mt-3 h-48 w-48 rounded-lg border border-line bg-white p-1"
            role="img"
            aria-label={`QR-code om Keten voor ${enrolment.email} aan je authenticator-app toe te voegen`}
            dangerouslySetInnerHTML={{ __html: enrolment.qrSvg }}
          />
          <p className="mt-3">
            Lukt scannen niet? Kies in de app voor handmatig invoeren en typ deze sleutel over:{" "}
            <code className="rounded bg-brand-soft px-1 font-mono break-all">{groups}</code>
          </p>
        </li>
        <li>Vul de code in die de app nu laat zien.</li>
      </ol>
      <div className="mt-6">
        <EnrolForm action={confirmEnrolmentAction} next={typeof volgende === "string" ? volgende : undefined} />
      </div>
    </>
  );
}
