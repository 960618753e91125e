import type { Metadata } from "next";
import { SubmitButton } from "@/components/ui/submit-button";
import { logoutAction } from "./actions";

export const metadata: Metadata = { title: "Uitloggen", robots: { index: false } };

export default function LogoutPage() {
  return (
    <>
      <h1 className="text-3xl font-semibold">Uitloggen</h1>
      <p className="mt-2 text-muted">Op een gedeelde computer log je na gebruik altijd uit.</p>
      <form action={logoutAction} className="mt-6">
        <SubmitButton pendingLabel="Bezig met uitloggen…">Uitloggen</SubmitButton>
      </form>
    </>
  );
}
