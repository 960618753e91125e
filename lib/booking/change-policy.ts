import type { AppointmentStatus } from "./appointment-status";

/**
 * Whether a patient may still cancel or reschedule an appointment themselves. One rule for both ways in
 * (the manage link and the portal): open appointments, in the future, more than the cut-off ahead.
 * After the cut-off the practice wants a phone call, so it can fill or keep the time.
 */
export type ChangeRefusal = "cancelled" | "past" | "too_late" | "closed";
export type ChangeDecision = { allowed: true } | { allowed: false; reason: ChangeRefusal };

export function changeDecision(appointment: { status: AppointmentStatus; startsAt: Date }, now: Date, cancelCutoffHours: number): ChangeDecision {
  if (appointment.status === "cancelled") return { allowed: false, reason: "cancelled" };
  if (appointment.startsAt.getTime() <= now.getTime()) return { allowed: false, reason: "past" };
  if (appointment.status !== "confirmed" && appointment.status !== "requested") return { allowed: false, reason: "closed" };
  if (appointment.startsAt.getTime() - now.getTime() < cancelCutoffHours * 3_600_000) return { allowed: false, reason: "too_late" };
  return { allowed: true };
}
