import { addDays, instantAt, wallClockAt } from "@/lib/time/zone";

/**
 * When an appointment's reminders go out (pure; decision 017).
 *
 * - The e-mail reminder goes `hoursBefore` hours before the start **on the practice's wall clock**: with 48 h,
 *   an appointment on Monday at 09:00 is announced on Saturday at 09:00, also when the clocks change in
 *   between (then 47 or 49 real hours pass). The patient reads "overmorgen om 9 uur" at the time they expect.
 * - A booking made after that moment gets it the evening before (`eveningHour`, local), if that is still ahead.
 * - The short one (a text message) goes `shortHours` real hours before the start.
 * A moment that has passed is skipped: nobody gets a reminder for a time already gone.
 */
export type ReminderRules = { timeZone: string; reminderHoursBefore: number; eveningReminderHour: number; shortReminderHours: number };
export type ReminderKind = "email" | "short";
export type PlannedReminder = { kind: ReminderKind; at: Date };

export function wallClockHoursBefore(startsAt: Date, hours: number, timeZone: string): Date {
  const local = wallClockAt(startsAt, timeZone);
  let date = addDays(local.date, -Math.floor(hours / 24));
  let minutes = local.minutes - (hours % 24) * 60;
  if (minutes < 0) {
    date = addDays(date, -1);
    minutes += 24 * 60;
  }
  return instantAt(date, minutes, timeZone);
}

export function eveningBefore(startsAt: Date, hour: number, timeZone: string): Date {
  return instantAt(addDays(wallClockAt(startsAt, timeZone).date, -1), hour * 60, timeZone);
}

export function planReminders(startsAt: Date, now: Date, rules: ReminderRules): PlannedReminder[] {
  const planned: PlannedReminder[] = [];
  if (rules.reminderHoursBefore > 0) {
    const early = wallClockHoursBefore(startsAt, rules.reminderHoursBefore, rules.timeZone);
    const evening = eveningBefore(startsAt, rules.eveningReminderHour, rules.timeZone);
    const at = early > now ? early : evening > now && evening < startsAt ? evening : null;
    if (at) planned.push({ kind: "email", at });
  }
  if (rules.shortReminderHours > 0) {
    const at = new Date(startsAt.getTime() - rules.shortReminderHours * 3_600_000);
    if (at > now && !planned.some((p) => p.at.getTime() === at.getTime())) planned.push({ kind: "short", at });
  }
  return planned;
}

/** A Dutch mobile number as +316…, or null when it is not one we can text. */
export function mobileNumber(phone: string | null): string | null {
  if (!phone) return null;
  const digits = phone.replace(/[\s().-]/g, "");
  const international = digits.startsWith("00") ? `+${digits.slice(2)}` : digits.startsWith("0") ? `+31${digits.slice(1)}` : digits;
  if (/^\+316\d{8}$/.test(international)) return international;
  return /^\+(?!31)\d{8,15}$/.test(international) ? international : null;
}
