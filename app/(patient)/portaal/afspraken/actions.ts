"use server";

import { redirect } from "next/navigation";
import { NOT_FOUND_MESSAGE, refusalMessage, TAKEN_MESSAGE } from "@/lib/booking/change-messages";
import { cancelAppointment, rescheduleAppointment, type ChangeOutcome } from "@/lib/data/appointment-changes";
import { getBookingSettings } from "@/lib/data/practice-settings";
import { practice } from "@/lib/practice";
import { NO_PREFERENCE, parseBookingChoice } from "@/lib/validation/booking";
import type { FormState } from "@/lib/validation/form-state";
import { portalSession } from "@/app/area-session";

/** The portal's appointment actions: authorised by the patient's session and ownership, in lib/data. */

async function failure(outcome: ChangeOutcome): Promise<FormState> {
  if (outcome.status === "taken") return { ok: false, message: TAKEN_MESSAGE };
  if (outcome.status === "refused") return { ok: false, message: refusalMessage(outcome.reason, (await getBookingSettings()).cancelCutoffHours, practice.phone) };
  return { ok: false, message: NOT_FOUND_MESSAGE };
}

export async function cancelOwnAppointmentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await cancelAppointment({ via: "patient", session: await portalSession("/portaal/afspraken"), appointmentId: String(formData.get("id") ?? "") });
  if (outcome.status !== "cancelled") return failure(outcome);
  redirect("/portaal/afspraken?geannuleerd=1");
}

export async function rescheduleOwnAppointmentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const choice = parseBookingChoice({ tijd: String(formData.get("tijd") ?? ""), therapeut: String(formData.get("therapeut") ?? "") });
  if (!choice.time) return { ok: false, message: "Kies eerst een nieuwe tijd." };
  const outcome = await rescheduleAppointment(
    { via: "patient", session: await portalSession("/portaal/afspraken"), appointmentId: String(formData.get("id") ?? "") },
    { startsAt: choice.time, therapistSlug: choice.therapist === NO_PREFERENCE ? null : (choice.therapist ?? null) },
  );
  if (outcome.status !== "rescheduled") return failure(outcome);
  redirect("/portaal/afspraken?verzet=1");
}
