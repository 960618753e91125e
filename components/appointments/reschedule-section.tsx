import type { ComponentProps } from "react";
import { ReschedulePanel } from "@/components/appointments/reschedule-panel";
import { Notice } from "@/components/ui/notice";
import { refusalMessage } from "@/lib/booking/change-messages";
import { practice } from "@/lib/practice";

/**
 * The rescheduling page's body, the same in the portal and behind the manage link: the heading, then the
 * free times to choose from, or why this appointment can no longer be moved here.
 */
export function RescheduleSection(props: ComponentProps<typeof ReschedulePanel>) {
  const { appointment } = props;
  return (
    <>
      <h1 className="mt-4 text-3xl font-semibold">Afspraak verzetten</h1>
      {appointment.decision.allowed ? (
        <ReschedulePanel {...props} />
      ) : (
        <Notice className="mt-6">{refusalMessage(appointment.decision.reason, appointment.cancelCutoffHours, practice.phone)}</Notice>
      )}
    </>
  );
}
