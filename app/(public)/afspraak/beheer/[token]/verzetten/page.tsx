import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RescheduleSection } from "@/components/appointments/reschedule-section";
import { getManagedAppointment } from "@/lib/data/appointment-changes";
import { parseBookingChoice } from "@/lib/validation/booking";
import { rescheduleSearch } from "@/app/appointment-change-forms";
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
  // An unknown (or replaced) link is a 404 with the explanation of not-found.tsx (issue 12, point 10).
  if (!appointment) notFound();
  const choice = parseBookingChoice(await searchParams);
  const back = `/afspraak/beheer/${token}`;
  const now = new Date();

  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <p>
        <Link href={back} className="underline underline-offset-2">← Terug naar je afspraak</Link>
      </p>
      <RescheduleSection
        appointment={appointment}
        search={appointment.decision.allowed ? await rescheduleSearch(appointment, choice, now) : null}
        choice={choice}
        basePath={`/afspraak/beheer/${token}/verzetten`}
        action={rescheduleByLinkAction}
        fields={{ token }}
        now={now}
      />
    </div>
  );
}
