import type { Metadata } from "next";
import { triageView } from "@/lib/booking/triage-view";
import { listUpcomingAppointmentsForStaff, type StaffAppointment } from "@/lib/data/staff/appointments";
import { formatCalendarDate, formatTime } from "@/lib/time/format";
import { daysBetween, todayIn, wallClockAt } from "@/lib/time/zone";
import { describeIntake } from "@/lib/validation/intake";
import { workspaceSession } from "@/app/area-session";

export const metadata: Metadata = { title: "Afspraken" };

const outcomeStyles = { see_soon: "bg-alert-soft text-alert", book_analysis: "bg-accent-soft text-accent", self_care: "bg-ok-soft text-ok" } as const;
const sides: Record<string, string> = { left: "links", right: "rechts", both: "beide", not_applicable: "" };

function age(dateOfBirth: string, today: string): number {
  return Math.floor(daysBetween(dateOfBirth, today) / 365.2425);
}

function AppointmentItem({ appointment, today }: { appointment: StaffAppointment; today: string }) {
  const intake = appointment.intake;
  const triage = intake ? triageView(intake.triageOutcome, intake.redFlags) : null;
  return (
    <li className="rounded-lg border border-line bg-surface p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="text-lg font-semibold">
          {formatTime(appointment.startsAt)}–{formatTime(appointment.endsAt)} · {appointment.patient.name}
        </h3>
        <span className="text-sm text-muted">
          {appointment.serviceName} · {appointment.therapistName}
        </span>
      </div>
      <p className="mt-1 text-sm text-muted">
        {age(appointment.patient.dateOfBirth, today)} jaar · {appointment.patient.phone ?? "geen telefoon"} · {appointment.patient.email}
      </p>
      {intake && triage ? (
        <>
          <p className="mt-2">
            <span className={`rounded px-2 py-0.5 text-sm font-medium ${outcomeStyles[intake.triageOutcome]}`}>{triage.title}</span>{" "}
            {intake.complaintLocation} {sides[intake.complaintSide]} · {intake.onset === "acute" ? "acuut" : "geleidelijk"} · pijn {intake.painNow}/10 (ergst{" "}
            {intake.painWorst}/10)
          </p>
          {triage.flags.length > 0 ? (
            <div className="mt-2">
              <p className="text-sm font-medium">Waarschuwingssignalen</p>
              <ul className="mt-1 flex flex-wrap gap-2">
                {triage.flags.map((flag) => (
                  <li key={flag.code} className={`rounded border px-2 py-0.5 text-sm ${flag.urgent ? "border-alert text-alert" : "border-caution-line text-caution"}`}>
                    {flag.urgent ? "Dringend: " : "Aandacht: "}
                    {flag.clinical}
                  </li>
                ))}
              </ul>
            </div>
          ) : (
            <p className="mt-2 text-sm text-muted">Geen waarschuwingssignalen.</p>
          )}
          <details className="mt-3">
            <summary className="cursor-pointer font-medium text-brand">Intake van {appointment.patient.name}</summary>
            <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[minmax(0,18rem)_1fr]">
              {describeIntake(intake.answers).map(({ question, answer }) => (
                <div key={question} className="contents">
                  <dt className="text-muted">{question}</dt>
                  <dd className="break-words">{answer}</dd>
                </div>
              ))}
            </dl>
          </details>
        </>
      ) : (
        <p className="mt-2 text-sm text-muted">Geen intake bij deze afspraak.</p>
      )}
    </li>
  );
}

export default async function StaffAppointmentsPage() {
  const now = new Date();
  const appointments = await listUpcomingAppointmentsForStaff(await workspaceSession("/praktijk/afspraken"), now);
  const today = todayIn(now);
  const byDay = new Map<string, StaffAppointment[]>();
  for (const appointment of appointments) {
    const date = wallClockAt(appointment.startsAt).date;
    byDay.set(date, [...(byDay.get(date) ?? []), appointment]);
  }
  return (
    <>
      <h1 className="text-3xl font-semibold">Afspraken</h1>
      <p className="mt-2 text-muted">Alle komende afspraken van de praktijk met hun intake. Het openen van deze lijst wordt vastgelegd in het inzagelog.</p>
      {appointments.length === 0 ? <p className="mt-8">Er zijn geen komende afspraken.</p> : null}
      {[...byDay].map(([date, list]) => (
        <section key={date} aria-labelledby={`dag-${date}`} className="mt-8">
          <h2 id={`dag-${date}`} className="text-xl font-semibold">
            {date === today ? `Vandaag, ${formatCalendarDate(date)}` : formatCalendarDate(date)}
          </h2>
          <ul className="mt-3 space-y-3">
            {list.map((appointment) => (
              <AppointmentItem key={appointment.id} appointment={appointment} today={today} />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
