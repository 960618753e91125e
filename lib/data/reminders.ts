import "server-only";
import { eq } from "drizzle-orm";
import type { Executor, Transaction } from "@/db";
import { appointments, patients } from "@/db/schema";
import { newToken } from "@/lib/auth/tokens";
import type { ClaimedJob } from "@/lib/jobs/queue";
import { enqueueJob } from "@/lib/jobs/queue";
import { enqueueEmail } from "@/lib/mail/outbox";
import { reminderEmail, reminderSms } from "@/lib/mail/reminder-emails";
import { mobileNumber, planReminders } from "@/lib/reminders/schedule";
import { enqueueSms } from "@/lib/sms/outbox";
import { appLinks, appointmentMailDetails } from "./appointment-mail";
import { getPracticeRules } from "./practice-settings";

/**
 * Appointment reminders as jobs (decision 017). They are planned in the transaction that books or moves the
 * appointment, one job per appointment, start time and kind (the dedupe key), so one moment never gets two.
 * The job itself checks again when it runs: nothing for a cancelled appointment, nothing for a time the
 * appointment no longer has (a moved one has jobs for its new time), nothing when the patient turned
 * reminders off, and a text message only with the patient's stored consent and a mobile number.
 */
export async function planAppointmentReminders(tx: Executor, appointmentId: string, startsAt: Date, now: Date): Promise<void> {
  const rules = await getPracticeRules(tx);
  for (const reminder of planReminders(startsAt, now, rules)) {
    await enqueueJob(tx, {
      kind: "reminder.send",
      runAt: reminder.at,
      dedupeKey: `reminder:${appointmentId}:${startsAt.toISOString()}:${reminder.kind}`,
      payload: { appointmentId, startsAt: startsAt.toISOString(), reminder: reminder.kind },
    });
  }
}

export type ReminderOutcome = "emailed" | "texted" | "skipped";

export async function sendReminder(tx: Transaction, job: Pick<ClaimedJob, "payload">): Promise<ReminderOutcome> {
  const { appointmentId, startsAt, reminder } = job.payload as { appointmentId: string; startsAt: string; reminder: "email" | "short" };
  const [row] = await tx
    .select({ status: appointments.status, startsAt: appointments.startsAt, byEmail: patients.remindersByEmail, smsConsentAt: patients.smsConsentAt, phone: patients.phone })
    .from(appointments)
    .innerJoin(patients, eq(patients.id, appointments.patientId))
    .where(eq(appointments.id, appointmentId))
    .for("update", { of: appointments });
  if (!row || (row.status !== "confirmed" && row.status !== "requested") || row.startsAt.toISOString() !== startsAt) return "skipped";
  const rules = await getPracticeRules(tx);
  const details = await appointmentMailDetails(tx, appointmentId, rules.cancelCutoffHours);
  if (reminder === "short") {
    const to = mobileNumber(row.phone);
    if (!row.smsConsentAt || !to) return "skipped";
    await enqueueSms(tx, { kind: "appointment_reminder", to, body: reminderSms(details) });
    return "texted";
  }
  if (!row.byEmail) return "skipped";
  // The manage token is only stored hashed; the reminder carries a second, new link (a reschedule clears it).
  const manage = newToken();
  await tx.update(appointments).set({ reminderTokenHash: manage.hash }).where(eq(appointments.id, appointmentId));
  await enqueueEmail(tx, reminderEmail(details, { manage: appLinks.manage(manage.token), preferences: `${appLinks.portal()}/gegevens#herinneringen` }, rules.whatToBring));
  return "emailed";
}
