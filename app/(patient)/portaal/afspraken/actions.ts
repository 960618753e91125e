"use server";

import { redirect } from "next/navigation";
import { CANCEL_REASON_REQUIRED, parseCancelReason } from "@/lib/booking/cancellation";
import { NOT_FOUND_MESSAGE, refusalMessage, TAKEN_MESSAGE } from "@/lib/booking/change-messages";
import { cancelAppointment, rescheduleAppointment, type ChangeOutcome } from "@/lib/data/appointment-changes";
import { getBookingSettings } from "@/lib/data/practice-settings";
import { practice } from "@/lib/practice";
import { NO_PREFERENCE, parseBookingChoice } from "@/lib/validation/booking";
import { z } from "zod";
import { validatedAction } from "@/lib/actions/validated-action";
import type { FormState } from "@/lib/validation/form-state";
import { portalSession } from "@/app/area-session";

/** The portal's appointment actions: authorised by the patient's session and ownership, in lib/data. */

async function failure(outcome: ChangeOutcome): Promise<FormState> {
  if (outcome.status === "taken") return { ok: false, message: TAKEN_MESSAGE };
  if (outcome.status === "refused") return { ok: false, message: refusalMessage(outcome.reason, (await getBookingSettings()).cancelCutoffHours, practice.phone) };
  return { ok: false, message: NOT_FOUND_MESSAGE };
}

const cancelSchema = z.object({
  id: z.string().default(""),
  reden: z.unknown().transform((value, ctx) => parseCancelReason(value) ?? (ctx.addIssue({ code: "custom", message: CANCEL_REASON_REQUIRED }), z.NEVER)),
});

export async function cancelOwnAppointmentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return validatedAction(formData, {
    name: "appointment.cancel_own",
    session: () => portalSession("/portaal/afspraken"),
    schema: cancelSchema,
    input: ["id", "reden"],
    invalid: "Je afspraak is niet geannuleerd.",
    run: async ({ id, reden }, { session }) => {
      const outcome = await cancelAppointment({ via: "patient", session, appointmentId: id }, new Date(), reden);
      if (outcome.status !== "cancelled") return failure(outcome);
      redirect("/portaal/afspraken?geannuleerd=1");
    },
  });
}

const rescheduleSchema = z
  .object({ id: z.string().default(""), tijd: z.string().default(""), therapeut: z.string().default("") })
  .transform(({ id, tijd, therapeut }, ctx) => {
    const choice = parseBookingChoice({ tijd, therapeut });
    if (!choice.time) {
      ctx.addIssue({ code: "custom", path: ["tijd"], message: "Kies eerst een nieuwe tijd." });
      return z.NEVER;
    }
    return { id, startsAt: choice.time, therapistSlug: choice.therapist === NO_PREFERENCE ? null : (choice.therapist ?? null) };
  });

export async function rescheduleOwnAppointmentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return validatedAction(formData, {
    name: "appointment.reschedule_own",
    session: () => portalSession("/portaal/afspraken"),
    schema: rescheduleSchema,
    input: ["id", "tijd", "therapeut"],
    invalid: "Kies eerst een nieuwe tijd.",
    run: async ({ id, startsAt, therapistSlug }, { session }) => {
      const outcome = await rescheduleAppointment({ via: "patient", session, appointmentId: id }, { startsAt, therapistSlug });
      if (outcome.status !== "rescheduled") return failure(outcome);
      redirect("/portaal/afspraken?verzet=1");
    },
  });
}
