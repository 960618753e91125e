import "server-only";
import { z } from "zod";
import { CANCEL_NOTE_MAX, CANCEL_REASON_UNKNOWN, parseCancelReason } from "@/lib/booking/cancellation";
import { cleanText } from "@/lib/validation/text";
import { NOT_FOUND_MESSAGE, refusalMessage, TAKEN_MESSAGE } from "@/lib/booking/change-messages";
import type { ChangeOutcome } from "@/lib/data/appointment-changes";
import { getBookingSettings } from "@/lib/data/practice-settings";
import { practice } from "@/lib/practice";
import { findFreeSlots } from "@/lib/data/availability";
import { NO_PREFERENCE, parseBookingChoice, type BookingChoice } from "@/lib/validation/booking";
import type { FormState } from "@/lib/validation/form-state";

/**
 * The cancel and reschedule forms, the same in the portal (the patient's session) and behind the manage link
 * (its token): their schemas for validatedAction, and what a refused change tells the user.
 */
export const cancelForm = {
  schema: z.object({
    // Asked, not required (issue 12 point 17): nothing chosen is "Zeg ik liever niet"; a made-up code is an error.
    reden: z.unknown().transform((value, ctx) => {
      if (value === undefined || value === null || value === "") return null;
      return parseCancelReason(value) ?? (ctx.addIssue({ code: "custom", message: CANCEL_REASON_UNKNOWN }), z.NEVER);
    }),
    toelichting: z
      .unknown()
      .transform((value) => (typeof value === "string" ? cleanText(value).trim() : ""))
      .pipe(z.string().max(CANCEL_NOTE_MAX, `Houd je toelichting kort: hoogstens ${CANCEL_NOTE_MAX} tekens.`)),
  }).transform(({ reden, toelichting }) => ({ reason: reden, note: toelichting })),
  input: ["reden", "toelichting"],
  invalid: "Je afspraak is niet geannuleerd.",
} as const;

export const rescheduleForm = {
  schema: z.object({ tijd: z.string().default(""), therapeut: z.string().default("") }).transform(({ tijd, therapeut }, ctx) => {
    const choice = parseBookingChoice({ tijd, therapeut });
    if (!choice.time) {
      ctx.addIssue({ code: "custom", path: ["tijd"], message: "Kies eerst een nieuwe tijd." });
      return z.NEVER;
    }
    return { startsAt: choice.time, therapistSlug: choice.therapist === NO_PREFERENCE ? null : (choice.therapist ?? null) };
  }),
  input: ["tijd", "therapeut"],
  invalid: "Kies eerst een nieuwe tijd.",
} as const;

/** The form's state after a change that did not happen: taken, refused by the rules, or not found. */
export async function changeFailure(outcome: ChangeOutcome): Promise<FormState> {
  if (outcome.status === "taken") return { ok: false, message: TAKEN_MESSAGE };
  if (outcome.status === "refused") return { ok: false, message: refusalMessage(outcome.reason, (await getBookingSettings()).cancelCutoffHours, practice.phone) };
  return { ok: false, message: NOT_FOUND_MESSAGE };
}

/** The free times this appointment can move to (its own time counts as free), for the choice in the URL. */
export function rescheduleSearch(appointment: { id: string; serviceSlug: string; therapistSlug: string }, choice: BookingChoice, now: Date) {
  return findFreeSlots({
    serviceSlug: appointment.serviceSlug,
    therapistSlug: choice.therapist === NO_PREFERENCE ? null : appointment.therapistSlug,
    now,
    ignoreAppointmentId: appointment.id,
  });
}
