"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { updatePracticeRules } from "@/lib/data/staff/practice-rules";
import { validatedAction } from "@/lib/actions/validated-action";
import type { FormState } from "@/lib/validation/form-state";
import { practiceRulesSchema, type PracticeRulesField } from "@/lib/validation/practice-rules";
import { staffSession } from "../settings-guard";

const PAGE = "/praktijk/regels";
const fields: PracticeRulesField[] = [
  "cancelCutoffHours",
  "reminderHoursBefore",
  "eveningReminderHour",
  "shortReminderHours",
  "waitlistOfferCount",
  "waitlistOfferMinutes",
  "whatToBring",
  "cancellationPolicy",
  "calendarFullNames",
];

/** Saves the practice rules (admins only, decided again in lib/data/staff/practice-rules.ts). */
export async function savePracticeRulesAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return validatedAction(formData, {
    name: "practice_rules.save",
    session: () => staffSession(PAGE),
    roles: ["admin"],
    forbidden: "Dit kan alleen een beheerder. Er is niets gewijzigd.",
    schema: practiceRulesSchema,
    input: fields,
    invalid: "Er is niets opgeslagen. Controleer de gemarkeerde velden.",
    run: async (data, { session }) => {
      await updatePracticeRules(session, data);
      revalidatePath(PAGE);
      redirect(`${PAGE}?melding=opgeslagen`);
    },
  });
}
