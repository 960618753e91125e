import type { Metadata } from "next";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { forgotPasswordAction } from "../actions";

export const metadata: Metadata = {
  title: "Wachtwoord vergeten",
  description: "Vraag een link aan om een nieuw wachtwoord te kiezen voor je account bij Fysiopraktijk Keten.",
  robots: { index: false },
};

export default function ForgotPasswordPage() {
  return (
    <>
      <h1 className="text-3xl font-semibold">Wachtwoord vergeten</h1>
      <p className="mt-2 text-muted">
        Vul het e-mailadres van je account in. We sturen je een link waarmee je een nieuw wachtwoord kiest. Heb je je account nog
        niet geactiveerd, dan krijg je een nieuwe activatielink.
      </p>
      <div className="mt-6">
        <ForgotPasswordForm action={forgotPasswordAction} />
      </div>
    </>
  );
}
