"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { updatePracticeRules } from "@/lib/data/staff/practice-rules";
import { invalidForm, type FormState } from "@/lib/validation/form-state";
import { practiceRulesSchema, type PracticeRulesField } from "@/lib/validation/practice-rules";
import { adminActionSession } from "../settings-guard";

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
  const session = await adminActionSession(PAGE);
  if (!session) return { ok: false, message: "Dit kan alleen een beheerder. Er is niets gewijzigd." };
  const raw = Object.fromEntries(fields.map((f) => [f, formData.get(f) ?? undefined]));
  const parsed = practiceRulesSchema.safeParse(raw);
  if (!parsed.success) return invalidForm(parsed.error, formData, "Er is niets opgeslagen. Controleer de gemarkeerde velden.");
  await updatePracticeRules(session, parsed.data);
  revalidatePath(PAGE);
  redirect(`${PAGE}?melding=opgeslagen`);
}
