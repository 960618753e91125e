import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { logoutAction } from "@/app/(auth)/uitloggen/actions";
import { auth } from "@/auth";
import { SubmitButton } from "@/components/ui/submit-button";
import { currentActor, homePathFor, secondFactorStep } from "@/lib/auth/actor";
import { secondFactorPath } from "@/lib/auth/second-factor-path";
import { verifyCodeAction } from "./actions";
import { CodeForm } from "./code-form";

export const metadata: Metadata = { title: "Tweestapsverificatie", robots: { index: false } };

export default async function SecondFactorPage({ searchParams }: { searchParams: Promise<{ volgende?: string }> }) {
  const actor = await currentActor(await auth());
  const { volgende } = await searchParams;
  const next = typeof volgende === "string" ? volgende : undefined;
  if (!actor) redirect("/inloggen");
  const step = secondFactorStep(actor);
  if (step === "enrol") redirect(secondFactorPath("enrol", next));
  if (!step) redirect(homePathFor(actor.role));
  return (
    <>
      <h1 className="text-3xl font-semibold">Tweestapsverificatie</h1>
      <p className="mt-2 max-w-prose text-muted">
        Je wachtwoord klopt. Open nu je authenticator-app en vul de code in die bij Keten staat. Ben je je telefoon kwijt? Gebruik dan een van de
        herstelcodes die je bij het instellen hebt bewaard.
      </p>
      <div className="mt-6 max-w-md">
        <CodeForm action={verifyCodeAction} next={next} />
      </div>
      <form action={logoutAction} className="mt-8">
        <SubmitButton variant="secondary" pendingLabel="Afbreken…">
          Afbreken en uitloggen
        </SubmitButton>
      </form>
    </>
  );
}
