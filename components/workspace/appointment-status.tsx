import type { AppointmentStatus } from "@/lib/booking/appointment-status";

export const appointmentStatusLabels: Record<AppointmentStatus, string> = {
  requested: "Aangevraagd",
  confirmed: "Gepland",
  cancelled: "Geannuleerd",
  attended: "Aanwezig geweest",
  no_show: "Niet verschenen",
};

const styles: Record<AppointmentStatus, string> = {
  requested: "border-line text-ink",
  confirmed: "border-brand text-brand",
  cancelled: "border-line text-muted",
  attended: "border-ok bg-ok-soft text-ok",
  no_show: "border-accent bg-accent-soft text-accent",
};

/** The status as text in a bordered tag (never colour alone). */
export function AppointmentStatusTag({ status }: { status: AppointmentStatus }) {
  return <span className={`inline-block rounded border px-2 py-0.5 text-sm font-medium ${styles[status]}`}>{appointmentStatusLabels[status]}</span>;
}
