import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { auth } from "@/auth";
import { ReschedulePanel } from "@/components/appointments/reschedule-panel";
import { Notice } from "@/components/ui/notice";
import { refusalMessage } from "@/lib/booking/change-messages";
import { getManagedAppointment } from "@/lib/data/appointment-changes";
import { findFreeSlots } from "@/lib/data/availability";
import { practice } from "@/lib/practice";
import { NO_PREFERENCE, parseBookingChoice } from "@/lib/validation/booking";
import { rescheduleOwnAppointmentAction } from "../../actions";

export const metadata: Metadata = { title: "Afspraak verzetten" };

export default async function RescheduleOwnAppointmentPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const appointment = await getManagedAppointment({ via: "patient", session: await auth(), appointmentId: id });
  // Someone else's appointment (or no appointment at all) is "not found", like every other record URL of the portal.
  if (!appointment) notFound();
  const choice = parseBookingChoice(await searchParams);
  const now = new Date();
  return (
    <>
      <p>
        <Link href="/portaal/afspraken" className="underline underline-offset-2">← Terug naar je afspraken</Link>
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
          basePath={`/portaal/afspraken/${appointment.id}/verzetten`}
          action={rescheduleOwnAppointmentAction}
          fields={{ id: appointment.id }}
          now={now}
        />
      ) : (
        <Notice className="mt-6">{refusalMessage(appointment.decision.reason, appointment.cancelCutoffHours, practice.phone)}</Notice>
      )}
    </>
  );
}
