/**
 * The states of an appointment: booked (requested or confirmed), cancelled, and after the fact attended or
 * not shown. The list lives here; db/schema/scheduling.ts builds its enum from it.
 */
export const appointmentStatuses = ["requested", "confirmed", "cancelled", "attended", "no_show"] as const;
export type AppointmentStatus = (typeof appointmentStatuses)[number];
