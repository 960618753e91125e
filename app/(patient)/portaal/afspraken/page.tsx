import type { Metadata } from "next";
import Link from "next/link";
import { auth } from "@/auth";
import { CancelForm } from "@/components/appointments/change-forms";
import { LinkButton } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { Section } from "@/components/ui/section";
import { refusalMessage } from "@/lib/booking/change-messages";
import { listOwnAppointments, type OwnAppointment } from "@/lib/data/appointments";
import { practice } from "@/lib/practice";
import { formatDate, formatMinutes, formatTime } from "@/lib/time/format";
import { cancelOwnAppointmentAction } from "./actions";
import { OwnWaitlist } from "./own-waitlist";

export const metadata: Metadata = { title: "Afspraken" };

const statusLabels: Record<OwnAppointment["status"], string> = {
  requested: "aangevraagd",
  confirmed: "gepland",
  cancelled: "geannuleerd",
  attended: "geweest",
  no_show: "niet verschenen",
};

function When({ appointment }: { appointment: OwnAppointment }) {
  return (
    <>
      {formatDate(appointment.startsAt)}, {formatTime(appointment.startsAt)}–{formatTime(appointment.endsAt)}
    </>
  );
}

export default async function OwnAppointmentsPage({ searchParams }: { searchParams: Promise<{ geannuleerd?: string; verzet?: string; wachtlijst?: string }> }) {
  const session = await auth();
  const { upcoming, past, cancelCutoffHours } = await listOwnAppointments(session);
  const { geannuleerd, verzet, wachtlijst } = await searchParams;
  return (
    <>
      <h1 className="text-3xl font-semibold">Afspraken</h1>
      {wachtlijst ? (
        <Notice tone="success" className="mt-6" live="polite">
          Je staat op de wachtlijst. Komt er een tijd vrij die past, dan mailen we je meteen.
        </Notice>
      ) : null}
      {geannuleerd ? (
        <Notice tone="success" className="mt-6" live="polite">
          Je afspraak is geannuleerd. Je krijgt er een e-mail over.
        </Notice>
      ) : null}
      {verzet ? (
        <Notice tone="success" className="mt-6" live="polite">
          Je afspraak is verzet. Je krijgt een e-mail met de nieuwe tijd.
        </Notice>
      ) : null}

      <section aria-labelledby="komend" className="mt-8">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="komend" className="text-2xl font-semibold">
            Komende afspraken
          </h2>
          <LinkButton href="/afspraak" variant="secondary">
            Nieuwe afspraak maken
          </LinkButton>
        </div>
        {upcoming.length === 0 ? (
          <p className="mt-4">Je hebt geen afspraken gepland.</p>
        ) : (
          <ul className="mt-4 space-y-4">
            {upcoming.map((appointment) => (
              <li key={appointment.id} className="rounded-lg border border-line bg-surface p-5">
                <h3 className="text-lg font-semibold">
                  <When appointment={appointment} />
                </h3>
                <p className="mt-1 text-muted">
                  {appointment.serviceName} ({formatMinutes(appointment.serviceMinutes)}) bij {appointment.therapistName}
                </p>
                <p className="mt-1">
                  <a href={`/portaal/afspraken/${appointment.id}/agenda.ics`} download className="underline underline-offset-2">
                    Zet in je agenda<span className="sr-only">: {formatDate(appointment.startsAt)}</span> (.ics)
                  </a>
                </p>
                {appointment.change.allowed ? (
                  <div className="mt-3 flex flex-wrap items-end gap-4">
                    <LinkButton href={`/portaal/afspraken/${appointment.id}/verzetten`} variant="secondary">
                      Verzetten
                    </LinkButton>
                    <CancelForm action={cancelOwnAppointmentAction} fields={{ id: appointment.id }} label="Annuleren" idPrefix={`annuleren-${appointment.id}`} />
                  </div>
                ) : (
                  <p className="mt-3">{refusalMessage(appointment.change.reason, cancelCutoffHours, practice.phone)}</p>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <Section id="eerder" title="Eerdere en geannuleerde afspraken" className="mt-10">
        {past.length === 0 ? (
          <p className="mt-4">Nog geen eerdere afspraken.</p>
        ) : (
          <ul className="mt-4 divide-y divide-line rounded-lg border border-line bg-surface">
            {past.map((appointment) => (
              <li key={appointment.id} className="flex flex-wrap justify-between gap-2 px-5 py-3">
                <span>
                  <When appointment={appointment} /> · {appointment.serviceName} bij {appointment.therapistName}
                </span>
                <span className="text-muted">{statusLabels[appointment.status]}</span>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <OwnWaitlist session={session} />
      <p className="mt-8 text-sm text-muted">
        Verzetten of annuleren kan tot {cancelCutoffHours} uur van tevoren. Daarna bel je ons: <Link href={practice.phoneHref} className="underline underline-offset-2">{practice.phone}</Link>.
      </p>
    </>
  );
}
