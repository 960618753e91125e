import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AppointmentFacts } from "@/components/booking/appointment-facts";
import { CancelForm } from "@/components/appointments/change-forms";
import { LinkButton } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { refusalMessage } from "@/lib/booking/change-messages";
import { getManagedAppointment } from "@/lib/data/appointment-changes";
import { practice } from "@/lib/practice";
import { cancelByLinkAction } from "./actions";

export const metadata: Metadata = { title: "Je afspraak", robots: { index: false, follow: false } };

export default async function ManageAppointmentPage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ geannuleerd?: string; verzet?: string; bevestigd?: string }>;
}) {
  const { token } = await params;
  const { geannuleerd, verzet, bevestigd } = await searchParams;
  const appointment = await getManagedAppointment({ via: "token", token });
  // An unknown (or replaced) link is a 404 with the explanation of not-found.tsx (issue 12, point 10).
  if (!appointment) notFound();
  const decision = appointment.decision;

  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-semibold">{appointment.cancelled ? "Je afspraak is geannuleerd" : "Je afspraak"}</h1>
      {geannuleerd && appointment.cancelled ? (
        <Notice tone="success" className="mt-6" live="polite">
          Je afspraak is geannuleerd. Je krijgt een e-mail waarmee je agenda de afspraak weghaalt.
        </Notice>
      ) : null}
      {bevestigd && !appointment.cancelled ? (
        <Notice tone="success" className="mt-6" live="polite">
          Je afspraak is bevestigd en staat vast. Je krijgt een e-mail met een uitnodiging voor je agenda.
        </Notice>
      ) : null}
      {verzet && !appointment.cancelled ? (
        <Notice tone="success" className="mt-6" live="polite">
          Je afspraak is verzet. Je krijgt een e-mail met de nieuwe tijd en een nieuwe link; de oude link werkt niet meer.
        </Notice>
      ) : null}
      <AppointmentFacts className="mt-6" appointment={appointment} cancelled={appointment.cancelled} />
      {decision.allowed ? (
        <>
          <section aria-labelledby="verzetten" className="mt-8">
            <h2 id="verzetten" className="text-xl font-semibold">
              Verzetten
            </h2>
            <p className="mt-2">Kies een ander moment voor dezelfde behandeling. Dat kan tot {appointment.cancelCutoffHours} uur van tevoren.</p>
            <LinkButton href={`/afspraak/beheer/${token}/verzetten`} variant="secondary" className="mt-3">
              Ander moment kiezen
            </LinkButton>
          </section>
          <section aria-labelledby="annuleren" className="mt-8">
            <h2 id="annuleren" className="text-xl font-semibold">
              Annuleren
            </h2>
            <p className="mt-2">Kun je niet komen? Annuleer dan, zodat iemand anders deze tijd kan gebruiken.</p>
            <CancelForm action={cancelByLinkAction} fields={{ token }} />
          </section>
        </>
      ) : (
        <Notice tone={decision.reason === "too_late" ? "warning" : "info"} className="mt-6">
          <p>{refusalMessage(decision.reason, appointment.cancelCutoffHours, practice.phone)}</p>
          {decision.reason === "cancelled" || decision.reason === "past" ? (
            <p className="mt-2">
              <Link href="/afspraak" className="underline underline-offset-2">Een nieuwe afspraak maken</Link>
            </p>
          ) : (
            <p className="mt-2">
              <a href={practice.phoneHref} className="underline underline-offset-2">Bel {practice.phone}</a>
            </p>
          )}
        </Notice>
      )}
    </div>
  );
}
