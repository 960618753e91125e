import { practice } from "@/lib/practice";
import { formatDate, formatMinutes, formatTime } from "@/lib/time/format";

/** The facts of an appointment as a definition list: what, with whom, when, where. */
export function AppointmentFacts({
  serviceName,
  minutes,
  therapistName,
  startsAt,
  endsAt,
  className = "",
}: {
  serviceName: string;
  minutes: number;
  therapistName: string;
  startsAt: Date;
  endsAt: Date;
  className?: string;
}) {
  return (
    <dl className={`grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 rounded-lg border border-line bg-surface p-5 ${className}`}>
      <dt className="text-muted">Behandeling</dt>
      <dd className="font-medium">
        {serviceName} ({formatMinutes(minutes)})
      </dd>
      <dt className="text-muted">Therapeut</dt>
      <dd className="font-medium">{therapistName}</dd>
      <dt className="text-muted">Wanneer</dt>
      <dd className="font-medium">
        {formatDate(startsAt)}, {formatTime(startsAt)}–{formatTime(endsAt)}
      </dd>
      <dt className="text-muted">Waar</dt>
      <dd>
        {practice.name}, {practice.street}, {practice.postalCode} {practice.city}
      </dd>
    </dl>
  );
}
