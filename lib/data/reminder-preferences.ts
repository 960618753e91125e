import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { patients } from "@/db/schema";
import { requirePatient, type SessionLike } from "@/lib/auth/actor";
import { mobileNumber } from "@/lib/reminders/schedule";
import { audit } from "./audit";

/**
 * A patient's own reminder choices (portal → Mijn gegevens): e-mail reminders on or off, and text messages
 * only with explicit consent, stored with its moment. Only the logged-in patient, only their own profile.
 */
export type ReminderPreferences = { byEmail: boolean; smsConsentAt: Date | null; phone: string | null; canText: boolean; morningQuestion: boolean };

export async function getOwnReminderPreferences(session: SessionLike): Promise<ReminderPreferences> {
  const actor = await requirePatient(session);
  const [row] = await db
    .select({ byEmail: patients.remindersByEmail, smsConsentAt: patients.smsConsentAt, phone: patients.phone, morningQuestion: patients.morningQuestionByEmail })
    .from(patients)
    .where(eq(patients.id, actor.patientId));
  return { ...row!, canText: mobileNumber(row!.phone) !== null };
}

export type PreferencesChange = { ok: true } | { ok: false; reason: "no_mobile" };

export async function setOwnReminderPreferences(session: SessionLike, wanted: { byEmail: boolean; sms: boolean; morning?: boolean }, now = new Date()): Promise<PreferencesChange> {
  const actor = await requirePatient(session);
  return db.transaction(async (tx) => {
    const [row] = await tx.select({ phone: patients.phone, smsConsentAt: patients.smsConsentAt }).from(patients).where(eq(patients.id, actor.patientId)).for("update");
    if (wanted.sms && !mobileNumber(row!.phone)) return { ok: false, reason: "no_mobile" } as const;
    const smsConsentAt = wanted.sms ? (row!.smsConsentAt ?? now) : null;
    await tx.update(patients).set({ remindersByEmail: wanted.byEmail, smsConsentAt, morningQuestionByEmail: wanted.morning ?? false }).where(eq(patients.id, actor.patientId));
    await audit(tx, actor, {
      action: "reminders.preferences_changed",
      patientId: actor.patientId,
      recordType: "patient",
      recordId: actor.patientId,
      details: { byEmail: wanted.byEmail, smsConsent: wanted.sms, morningQuestion: wanted.morning ?? false },
    });
    return { ok: true } as const;
  });
}
