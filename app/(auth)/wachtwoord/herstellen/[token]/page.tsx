import type { Metadata } from "next";
import { InvalidLink } from "@/components/auth/invalid-link";
import { SetPasswordForm } from "@/components/auth/set-password-form";
import { PASSWORD_HINT } from "@/lib/auth/password-policy";
import { peekPasswordLink } from "@/lib/data/password-links";
import { resetPasswordAction } from "../../actions";

export const metadata: Metadata = {
  title: "Nieuw wachtwoord kiezen",
  robots: { index: false },
  // The token is in the URL: never send it to another site in a Referer header.
  referrer: "no-referrer",
};

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await peekPasswordLink(token, "password_reset");
  if (!link) return <InvalidLink kind="reset" />;
  return (
    <>
      <h1 className="text-3xl font-semibold">Kies een nieuw wachtwoord</h1>
      <p className="mt-2 text-muted">
        Voor <span className="font-medium text-ink">{link.email}</span>. Daarna ben je op al je apparaten uitgelogd en log je in met je
        nieuwe wachtwoord.
      </p>
      <div className="mt-6">
        <SetPasswordForm action={resetPasswordAction} token={token} email={link.email} hint={PASSWORD_HINT} submitLabel="Wachtwoord opslaan" />
      </div>
    </>
  );
}
