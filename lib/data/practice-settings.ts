import "server-only";
import { eq } from "drizzle-orm";
import { db, type Executor } from "@/db";
import { practiceSettings } from "@/db/schema";
import type { BookingSettings } from "@/lib/booking/settings";

/**
 * The practice's booking rules from the `practice_settings` row. Not secret (the booking pages show their
 * effect to everyone), so no session is needed. A database without the row (never seeded) gets the
 * column defaults, which are the same as the seed's.
 */
export async function getBookingSettings(executor: Executor = db): Promise<BookingSettings> {
  const [row] = await executor
    .select({
      timeZone: practiceSettings.timeZone,
      bufferMinutes: practiceSettings.bufferMinutes,
      minNoticeMinutes: practiceSettings.minNoticeMinutes,
      horizonDays: practiceSettings.horizonDays,
      slotStepMinutes: practiceSettings.slotStepMinutes,
      cancelCutoffHours: practiceSettings.cancelCutoffHours,
    })
    .from(practiceSettings)
    .where(eq(practiceSettings.id, 1))
    .limit(1);
  if (row) return row;
  const [created] = await executor.insert(practiceSettings).values({ id: 1 }).onConflictDoNothing().returning();
  if (created) return created;
  return getBookingSettings(executor);
}

/** The practice's rules for reminders, cancellation, the waitlist and calendar feeds (same row). */
export type PracticeRules = {
  timeZone: string;
  cancelCutoffHours: number;
  reminderHoursBefore: number;
  eveningReminderHour: number;
  shortReminderHours: number;
  whatToBring: string;
  cancellationPolicy: string;
  complaintsOfficer: string;
  disputesCommittee: string;
  waitlistOfferCount: number;
  waitlistOfferMinutes: number;
  calendarFullNames: boolean;
};

export async function getPracticeRules(executor: Executor = db): Promise<PracticeRules> {
  await getBookingSettings(executor); // creates the row with its defaults when missing
  const [row] = await executor
    .select({
      timeZone: practiceSettings.timeZone,
      cancelCutoffHours: practiceSettings.cancelCutoffHours,
      reminderHoursBefore: practiceSettings.reminderHoursBefore,
      eveningReminderHour: practiceSettings.eveningReminderHour,
      shortReminderHours: practiceSettings.shortReminderHours,
      whatToBring: practiceSettings.whatToBring,
      cancellationPolicy: practiceSettings.cancellationPolicy,
      complaintsOfficer: practiceSettings.complaintsOfficer,
      disputesCommittee: practiceSettings.disputesCommittee,
      waitlistOfferCount: practiceSettings.waitlistOfferCount,
      waitlistOfferMinutes: practiceSettings.waitlistOfferMinutes,
      calendarFullNames: practiceSettings.calendarFullNames,
    })
    .from(practiceSettings)
    .where(eq(practiceSettings.id, 1))
    .limit(1);
  return row!;
}
