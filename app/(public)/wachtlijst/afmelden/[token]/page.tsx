import type { Metadata } from "next";
import { TokenButtonForm } from "@/components/waitlist/token-button-form";
import { Notice } from "@/components/ui/notice";
import { waitlistEntryByLeaveToken } from "@/lib/data/waitlist";
import { leaveByLinkAction } from "./actions";

export const metadata: Metadata = { title: "Van de wachtlijst af", robots: { index: false, follow: false } };

export default async function LeaveWaitlistPage({ params, searchParams }: { params: Promise<{ token: string }>; searchParams: Promise<{ afgemeld?: string }> }) {
  const [{ token }, { afgemeld }] = await Promise.all([params, searchParams]);
  const entry = await waitlistEntryByLeaveToken(token);
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-semibold">Van de wachtlijst af</h1>
      {!entry ? (
        <p className="mt-6">Deze link werkt niet (meer). Gebruik de link in je nieuwste e-mail van de wachtlijst.</p>
      ) : afgemeld || !entry.waiting ? (
        <Notice tone="success" live="polite" className="mt-6">
          Je staat niet meer op de wachtlijst voor {entry.serviceName}. Je krijgt geen aanbiedingen meer.
        </Notice>
      ) : (
        <>
          <p className="mt-6">Je staat op de wachtlijst voor {entry.serviceName}. Wil je er af? Dan krijg je geen vrijgekomen tijden meer van ons.</p>
          <TokenButtonForm action={leaveByLinkAction} token={token} label="Van de wachtlijst af" pendingLabel="Bezig…" />
        </>
      )}
    </div>
  );
}
