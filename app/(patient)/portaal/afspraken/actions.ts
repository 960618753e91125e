"use server";

import { redirect } from "next/navigation";
import { validatedAction } from "@/lib/actions/validated-action";
import { cancelAppointment, rescheduleAppointment } from "@/lib/data/appointment-changes";
import type { FormState } from "@/lib/validation/form-state";
import { portalSession } from "@/app/area-session";
import { cancelForm, changeFailure, rescheduleForm } from "@/app/appointment-change-forms";

/** The portal's appointment actions: authorised by the patient's session and ownership, in lib/data. */
const appointmentId = (formData: FormData) => String(formData.get("id") ?? "");

export async function cancelOwnAppointmentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return validatedAction(formData, {
    ...cancelForm,
    name: "appointment.cancel_own",
    session: () => portalSession("/portaal/afspraken"),
    run: async (choice, { session }) => {
      const outcome = await cancelAppointment({ via: "patient", session, appointmentId: appointmentId(formData) }, new Date(), choice);
      if (outcome.status !== "cancelled") return changeFailure(outcome);
      redirect("/portaal/afspraken?geannuleerd=1");
    },
  });
}

export async function rescheduleOwnAppointmentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return validatedAction(formData, {
    ...rescheduleForm,
    name: "appointment.reschedule_own",
    session: () => portalSession("/portaal/afspraken"),
    run: async (choice, { session }) => {
      const outcome = await rescheduleAppointment({ via: "patient", session, appointmentId: appointmentId(formData) }, choice);
      if (outcome.status !== "rescheduled") return changeFailure(outcome);
      redirect("/portaal/afspraken?verzet=1");
    },
  });
}
