import type { Metadata } from "next";
import Link from "next/link";
import { LinkNotValid } from "@/components/appointments/link-not-valid";
import { ReschedulePanel } from "@/components/appointments/reschedule-panel";
import { Notice } from "@/components/ui/notice";
import { refusalMessage } from "@/lib/booking/change-messages";
import { getManagedAppointment } from "@/lib/data/appointment-changes";
import { findFreeSlots } from "@/lib/data/availability";
import { practice } from "@/lib/practice";
import { NO_PREFERENCE, parseBookingChoice } from "@/lib/validation/booking";
import { rescheduleByLinkAction } from "../actions";

export const metadata: Metadata = { title: "Afspraak verzetten", robots: { index: false, follow: false } };

export default async function RescheduleByLinkPage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { token } = await params;
  const appointment = await getManagedAppointment({ via: "token", token });
  if (!appointment) return <LinkNotValid />;
  const choice = parseBookingChoice(await searchParams);
  const back = `/afspraak/beheer/${token}`;
  const now = new Date();

  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <p>
        <Link href={back} className="underline underline-offset-2">← Terug naar je afspraak</Link>
      </p>
      <h1 className="mt-4 text-3xl font-semibold">Afspraak verzetten</h1>
      {appointment.decision.allowed ? (
        <ReschedulePanel
          appointment={appointment}
          search={await findFreeSlots({
            serviceSlug: appointment.serviceSlug,
            therapistSlug: choice.therapist === NO_PREFERENCE ? null : appointment.therapistSlug,
            now,
            ignoreAppointmentId: appointment.id,
          })}
          choice={choice}
          basePath={`/afspraak/beheer/${token}/verzetten`}
          action={rescheduleByLinkAction}
          fields={{ token }}
          now={now}
        />
      ) : (
        <Notice className="mt-6">{refusalMessage(appointment.decision.reason, appointment.cancelCutoffHours, practice.phone)}</Notice>
      )}
    </div>
  );
}
