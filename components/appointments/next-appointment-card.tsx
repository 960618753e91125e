import Link from "next/link";
import type { OwnAppointment } from "@/lib/data/appointments";
import { formatDate, formatTime } from "@/lib/time/format";

/**
 * The patient's next appointment, for the portal overview:
 *   const next = await nextOwnAppointment(await auth());
 *   <NextAppointmentCard appointment={next} />
 */
export function NextAppointmentCard({ appointment }: { appointment: OwnAppointment | null }) {
  return (
    <section aria-labelledby="volgende-afspraak" className="rounded-lg border border-line bg-surface p-5">
      <h2 id="volgende-afspraak" className="text-lg font-semibold">
        Je volgende afspraak
      </h2>
      {appointment ? (
        <>
          <p className="mt-2 text-xl font-medium">
            {formatDate(appointment.startsAt)} om {formatTime(appointment.startsAt)}
          </p>
          <p className="mt-1 text-muted">
            {appointment.serviceName} bij {appointment.therapistName}
          </p>
          <p className="mt-3">
            <Link href="/portaal/afspraken" className="underline underline-offset-2">Bekijken, verzetten of annuleren</Link>
          </p>
        </>
      ) : (
        <>
          <p className="mt-2">Je hebt geen afspraak gepland.</p>
          <p className="mt-3">
            <Link href="/afspraak" className="underline underline-offset-2">Een afspraak maken</Link>
          </p>
        </>
      )}
    </section>
  );
}
