import { practice } from "@/lib/practice";
import { formatDate, formatMinutes, formatTime } from "@/lib/time/format";

/**
 * The facts of an appointment as a definition list: what, with whom, when, where. Below 352 px each label
 * stands above its value, so "Bewegingsketenanalyse" never pushes the page wider than a 320 px phone.
 */
export function AppointmentFacts({
  appointment: { serviceName, serviceMinutes, therapistName, startsAt, endsAt },
  cancelled = false,
  className = "",
}: {
  appointment: { serviceName: string; serviceMinutes: number; therapistName: string; startsAt: Date; endsAt: Date };
  /** Shown as cancelled: marked as such and struck through, never as an active appointment. */
  cancelled?: boolean;
  className?: string;
}) {
  return (
    <dl className={`grid grid-cols-1 gap-x-6 min-[22rem]:grid-cols-[auto_minmax(0,1fr)] gap-y-2 rounded-lg border p-5 ${cancelled ? "border-dashed border-line text-muted" : "border-line bg-surface"} ${className}`}>
      {cancelled ? (
        <>
          <dt className="text-muted">Status</dt>
          <dd className="font-semibold text-alert">Geannuleerd</dd>
        </>
      ) : null}
      <dt className="text-muted">Behandeling</dt>
      <dd className="font-medium">
        {serviceName} ({formatMinutes(serviceMinutes)})
      </dd>
      <dt className="text-muted">Therapeut</dt>
      <dd className="font-medium">{therapistName}</dd>
      <dt className="text-muted">Wanneer</dt>
      <dd className={`font-medium ${cancelled ? "line-through" : ""}`}>
        {formatDate(startsAt)}, {formatTime(startsAt)}–{formatTime(endsAt)}
      </dd>
      <dt className="text-muted">Waar</dt>
      <dd>
        {practice.name}, {practice.street}, {practice.postalCode} {practice.city}
      </dd>
    </dl>
  );
}
