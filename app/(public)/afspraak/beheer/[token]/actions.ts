"use server";

import { redirect } from "next/navigation";
import { NOT_FOUND_MESSAGE, refusalMessage, TAKEN_MESSAGE } from "@/lib/booking/change-messages";
import { cancelAppointment, rescheduleAppointment, type ChangeOutcome } from "@/lib/data/appointment-changes";
import { getBookingSettings } from "@/lib/data/practice-settings";
import { practice } from "@/lib/practice";
import { NO_PREFERENCE, parseBookingChoice } from "@/lib/validation/booking";
import { cancelReasonFrom } from "@/lib/validation/cancel";
import type { FormState } from "@/lib/validation/form-state";

/** The manage link's actions: authorised by the token the visitor holds; the rules are in lib/data. */

async function failure(outcome: ChangeOutcome): Promise<FormState> {
  if (outcome.status === "taken") return { ok: false, message: TAKEN_MESSAGE };
  if (outcome.status === "refused") return { ok: false, message: refusalMessage(outcome.reason, (await getBookingSettings()).cancelCutoffHours, practice.phone) };
  return { ok: false, message: NOT_FOUND_MESSAGE };
}

const tokenOf = (formData: FormData) => String(formData.get("token") ?? "");

export async function cancelByLinkAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const token = tokenOf(formData);
  const reason = cancelReasonFrom(formData);
  if ("error" in reason) return { ok: false, message: reason.error, fieldErrors: { reden: [reason.error] }, values: { reden: String(formData.get("reden") ?? "") } };
  const outcome = await cancelAppointment({ via: "token", token }, new Date(), reason.reason);
  if (outcome.status !== "cancelled") return failure(outcome);
  redirect(`/afspraak/beheer/${token}?geannuleerd=1`);
}

export async function rescheduleByLinkAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const token = tokenOf(formData);
  const choice = parseBookingChoice({ tijd: String(formData.get("tijd") ?? ""), therapeut: String(formData.get("therapeut") ?? "") });
  if (!choice.time) return { ok: false, message: "Kies eerst een nieuwe tijd." };
  const outcome = await rescheduleAppointment({ via: "token", token }, { startsAt: choice.time, therapistSlug: choice.therapist === NO_PREFERENCE ? null : (choice.therapist ?? null) });
  if (outcome.status !== "rescheduled") return failure(outcome);
  // The link changes with every reschedule (the e-mail carries the new one); continue on the new one.
  redirect(`/afspraak/beheer/${outcome.manageToken}?verzet=1`);
}
