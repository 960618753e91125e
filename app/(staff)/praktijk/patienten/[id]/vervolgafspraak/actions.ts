"use server";

import { redirect } from "next/navigation";
import { AuthRequiredError, ForbiddenError } from "@/lib/auth/actor";
import { TAKEN_MESSAGE } from "@/lib/booking/change-messages";
import { bookFollowUp, findFollowUpSlots, type FollowUpOutcome } from "@/lib/data/staff/follow-up";
import { formatDate, formatTime } from "@/lib/time/format";
import { wallClockAt } from "@/lib/time/zone";
import { agendaHref } from "@/lib/validation/agenda";
import { followUpSchema, type FollowUpFormState } from "@/lib/validation/follow-up";
import { invalidForm } from "@/lib/validation/form-state";
import { workspaceSession } from "@/app/area-session";

/** Books the follow-up (rules and access in lib/data); a taken time comes back with fresh times to choose from. */
export async function bookFollowUpAction(_previous: FollowUpFormState, formData: FormData): Promise<FollowUpFormState> {
  const parsed = followUpSchema.safeParse({
    patientId: formData.get("patientId"),
    dienst: formData.get("dienst"),
    therapeut: formData.get("therapeut"),
    tijd: formData.get("tijd"),
    sleutel: formData.get("sleutel"),
  });
  if (!parsed.success) return invalidForm(parsed.error, formData, "Kies een behandeling, therapeut en tijd.");
  const { patientId, dienst, therapeut, tijd, sleutel } = parsed.data;
  const session = await workspaceSession("/praktijk/patienten");
  let outcome: FollowUpOutcome;
  try {
    outcome = await bookFollowUp(session, { patientId, serviceSlug: dienst, therapistSlug: therapeut, startsAt: tijd, idempotencyKey: sleutel });
  } catch (error) {
    if (error instanceof AuthRequiredError) redirect(`/inloggen?volgende=/praktijk/patienten/${patientId}/vervolgafspraak`);
    if (error instanceof ForbiddenError) return { ok: false, message: "Met dit account kun je geen afspraken plannen." };
    throw error;
  }
  if (outcome.status === "not_found") return { ok: false, message: "Deze patiënt bestaat niet (meer)." };
  if (outcome.status === "unavailable") return { ok: false, message: "Deze behandeling of therapeut is nu niet te boeken. Kies een andere." };
  if (outcome.status === "taken") {
    const fresh = await findFollowUpSlots(session, { serviceSlug: dienst, therapistSlug: therapeut, fromDate: wallClockAt(tijd).date });
    const times = (fresh?.slots ?? []).slice(0, 12).map((slot) => {
      const start = new Date(slot.start);
      return { value: start.toISOString(), label: `${formatDate(start)} om ${formatTime(start)}` };
    });
    return { ok: false, message: TAKEN_MESSAGE, times };
  }
  redirect(`${agendaHref({ mode: "dag", date: wallClockAt(outcome.startsAt).date, therapist: outcome.therapistSlug })}&gepland=1`);
}
