/**
 * The practice's booking rules as the slot engine and the change policy use them. They come from the
 * `practice_settings` row (see lib/data/practice-settings.ts), never from literals scattered over the code.
 */
export type BookingSettings = {
  timeZone: string;
  /** Free time kept between two appointments of one therapist. */
  bufferMinutes: number;
  /** How long before its start a slot can still be booked. */
  minNoticeMinutes: number;
  /** How many calendar days ahead (after today, in the practice's zone) slots are offered. */
  horizonDays: number;
  /** Slot starts lie on this wall-clock grid (minutes since local midnight). Divides 60. */
  slotStepMinutes: number;
  /** Until how many hours before the start a patient can cancel or reschedule themselves. */
  cancelCutoffHours: number;
};
