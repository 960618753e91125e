import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { auth } from "@/auth";
import { RescheduleSection } from "@/components/appointments/reschedule-section";
import { getManagedAppointment } from "@/lib/data/appointment-changes";
import { parseBookingChoice } from "@/lib/validation/booking";
import { rescheduleSearch } from "@/app/appointment-change-forms";
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
      <RescheduleSection
        appointment={appointment}
        search={appointment.decision.allowed ? await rescheduleSearch(appointment, choice, now) : null}
        choice={choice}
        basePath={`/portaal/afspraken/${appointment.id}/verzetten`}
        action={rescheduleOwnAppointmentAction}
        fields={{ id: appointment.id }}
        now={now}
      />
    </>
  );
}
