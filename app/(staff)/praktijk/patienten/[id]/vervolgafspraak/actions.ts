"use server";

import { redirect } from "next/navigation";
import { validatedAction } from "@/lib/actions/validated-action";
import { TAKEN_MESSAGE } from "@/lib/booking/change-messages";
import { bookFollowUp, findFollowUpSlots } from "@/lib/data/staff/follow-up";
import { formatDate, formatTime } from "@/lib/time/format";
import { wallClockAt } from "@/lib/time/zone";
import { agendaHref } from "@/lib/validation/agenda";
import { followUpSchema, type FollowUpField, type FollowUpFormState } from "@/lib/validation/follow-up";
import { workspaceSession } from "@/app/area-session";

/** Books the follow-up (rules and access in lib/data); a taken time comes back with fresh times to choose from. */
export async function bookFollowUpAction(_previous: FollowUpFormState, formData: FormData): Promise<FollowUpFormState> {
  return validatedAction<typeof followUpSchema, FollowUpField, FollowUpFormState>(formData, {
    name: "follow_up.book",
    session: () => workspaceSession("/praktijk/patienten"),
    forbidden: "Met dit account kun je geen afspraken plannen.",
    schema: followUpSchema,
    input: ["patientId", "dienst", "therapeut", "tijd", "sleutel"],
    invalid: "Kies een behandeling, therapeut en tijd.",
    run: async ({ patientId, dienst, therapeut, tijd, sleutel }, { session }) => {
      const outcome = await bookFollowUp(session, { patientId, serviceSlug: dienst, therapistSlug: therapeut, startsAt: tijd, idempotencyKey: sleutel });
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
    },
  });
}
