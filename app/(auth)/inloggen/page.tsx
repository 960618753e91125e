import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { auth } from "@/auth";
import { Notice } from "@/components/ui/notice";
import { currentActor, homePathFor, secondFactorStep } from "@/lib/auth/actor";
import { secondFactorPath } from "@/lib/auth/second-factor-path";
import { loginAction } from "./actions";
import { LoginForm } from "./login-form";

export const metadata: Metadata = {
  title: "Inloggen",
  description: "Log in op het patiëntenportaal of de praktijkomgeving van Fysiopraktijk Keten.",
  robots: { index: false },
};

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ volgende?: string; uitgelogd?: string; wachtwoord?: string; tweestaps?: string }> }) {
  const actor = await currentActor(await auth());
  const { volgende, uitgelogd, wachtwoord, tweestaps } = await searchParams;
  if (actor) {
    const step = secondFactorStep(actor);
    redirect(step ? secondFactorPath(step, typeof volgende === "string" ? volgende : undefined) : homePathFor(actor.role));
  }

  return (
    <>
      <h1 className="text-3xl font-semibold">Inloggen</h1>
      <p className="mt-2 text-muted">Voor je oefenplan, je afspraken en je gegevens. Therapeuten loggen hier ook in.</p>
      {wachtwoord === "geactiveerd" || wachtwoord === "gewijzigd" ? (
        <Notice tone="success" className="mt-6" live="polite">
          {wachtwoord === "geactiveerd"
            ? "Je account is geactiveerd. Log in met je e-mailadres en je nieuwe wachtwoord."
            : "Je wachtwoord is gewijzigd en je bent op al je apparaten uitgelogd. Log in met je nieuwe wachtwoord."}
        </Notice>
      ) : tweestaps === "verlopen" ? (
        <Notice className="mt-6" live="polite">
          Te veel onjuiste codes: je bent uitgelogd. Log opnieuw in met je wachtwoord en gebruik de nieuwste code uit je app.
        </Notice>
      ) : uitgelogd ? (
        <Notice tone="success" className="mt-6" live="polite">
          {uitgelogd === "overal" ? "Je bent op al je apparaten uitgelogd." : "Je bent uitgelogd."}
        </Notice>
      ) : volgende ? (
        <Notice className="mt-6">Log in om verder te gaan. Was je al ingelogd, dan is je sessie verlopen.</Notice>
      ) : null}
      <div className="mt-6">
        <LoginForm action={loginAction} next={typeof volgende === "string" ? volgende : undefined} />
      </div>
      <p className="mt-8 text-sm text-muted">
        Nog geen account? Dat maak je bij je eerste afspraak: in de bevestiging die je dan per e-mail krijgt, zit een uitnodiging om een wachtwoord te kiezen.
      </p>
    </>
  );
}
