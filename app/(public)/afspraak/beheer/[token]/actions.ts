"use server";

import { redirect } from "next/navigation";
import { validatedAction } from "@/lib/actions/validated-action";
import { cancelAppointment, rescheduleAppointment } from "@/lib/data/appointment-changes";
import type { FormState } from "@/lib/validation/form-state";
import { cancelForm, changeFailure, rescheduleForm } from "@/app/appointment-change-forms";

/** The manage link's actions: authorised by the token the visitor holds; the rules are in lib/data. */
const tokenOf = (formData: FormData) => String(formData.get("token") ?? "");

export async function cancelByLinkAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return validatedAction(formData, {
    ...cancelForm,
    name: "appointment.cancel_by_link",
    session: null,
    run: async (choice) => {
      const token = tokenOf(formData);
      const outcome = await cancelAppointment({ via: "token", token }, new Date(), choice);
      if (outcome.status !== "cancelled") return changeFailure(outcome);
      redirect(`/afspraak/beheer/${token}?geannuleerd=1`);
    },
  });
}

export async function rescheduleByLinkAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return validatedAction(formData, {
    ...rescheduleForm,
    name: "appointment.reschedule_by_link",
    session: null,
    run: async (choice) => {
      const outcome = await rescheduleAppointment({ via: "token", token: tokenOf(formData) }, choice);
      if (outcome.status !== "rescheduled") return changeFailure(outcome);
      // The link changes with every reschedule (the e-mail carries the new one); continue on the new one.
      redirect(`/afspraak/beheer/${outcome.manageToken}?verzet=1`);
    },
  });
}
