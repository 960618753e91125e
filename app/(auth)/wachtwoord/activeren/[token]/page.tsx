import type { Metadata } from "next";
import { InvalidLink } from "@/components/auth/invalid-link";
import { SetPasswordForm } from "@/components/auth/set-password-form";
import { PASSWORD_HINT } from "@/lib/auth/password-policy";
import { peekPasswordLink } from "@/lib/data/password-links";
import { activateAccountAction } from "../../actions";

export const metadata: Metadata = {
  title: "Portaal activeren",
  robots: { index: false },
  // The token is in the URL: never send it to another site in a Referer header.
  referrer: "no-referrer",
};

export default async function ActivatePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await peekPasswordLink(token, "activation");
  if (!link) return <InvalidLink kind="activation" />;
  return (
    <>
      <h1 className="text-3xl font-semibold">Activeer je portaal</h1>
      <p className="mt-2 text-muted">
        Kies een wachtwoord voor <span className="font-medium text-ink">{link.email}</span>. Daarna log je in en zie je je oefenplan, je
        afspraken en je gegevens.
      </p>
      <div className="mt-6">
        <SetPasswordForm action={activateAccountAction} token={token} email={link.email} hint={PASSWORD_HINT} submitLabel="Wachtwoord instellen" />
      </div>
    </>
  );
}
