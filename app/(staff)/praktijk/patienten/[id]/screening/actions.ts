"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { recordBsn, saveScreening } from "@/lib/data/staff/screening";
import { todayIn } from "@/lib/time/zone";
import { fieldErrorsFrom, formValues, type FormState } from "@/lib/validation/form-state";
import { bsnSchema, determinants, screeningSchema } from "@/lib/validation/screening";
import { workspaceSession } from "@/app/area-session";

const page = (patientId: string) => `/praktijk/patienten/${patientId}/screening`;

function plain(formData: FormData): Record<string, string> {
  const input: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (typeof value === "string" && !key.startsWith("$ACTION")) input[key] = value;
  return input;
}

export async function saveScreeningAction(patientId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const session = await workspaceSession(page(String(patientId)));
  const values = formValues(formData);
  const parsed = screeningSchema(todayIn(new Date())).safeParse(plain(formData));
  if (!parsed.success) return { ok: false, message: "Controleer de gemarkeerde velden. Er is nog niets opgeslagen.", fieldErrors: fieldErrorsFrom(parsed.error), values };
  const v = parsed.data as Record<string, string> & typeof parsed.data;
  const result = await saveScreening(session, patientId, {
    helpQuestion: v.helpQuestion,
    gpName: v.gpName,
    gpPractice: v.gpPractice,
    insurer: v.insurer,
    access: v.access,
    referrerName: v.access === "referral" ? v.referrerName : "",
    referralDate: v.access === "referral" && v.referralDate ? v.referralDate : null,
    determinants: Object.fromEntries(determinants.map((d) => [d.code, { present: v[`det_${d.code}`] === "ja", note: v[`det_${d.code}_note`] ?? "" }])),
    outcome: v.outcome === "" ? null : v.outcome,
    outcomeNote: v.outcomeNote,
    confirmed: v.confirmed === "ja",
    amendmentReason: v.amendmentReason,
  });
  if (result.ok) {
    revalidatePath(`/praktijk/patienten/${patientId}`, "layout");
    redirect(`${page(patientId)}?opgeslagen=${result.revision}`);
  }
  if (result.reason === "reason_required") return { ok: false, message: "Geef aan waarom je de screening wijzigt.", fieldErrors: { amendmentReason: ["Geef aan waarom je de screening wijzigt."] }, values };
  if (result.reason === "conflict") return { ok: false, message: "Iemand anders heeft de screening net opgeslagen. Laad de pagina opnieuw; er is niets van jou opgeslagen.", values };
  return { ok: false, message: "Deze patiënt bestaat niet (meer). Er is niets opgeslagen.", values };
}

export async function recordBsnAction(patientId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const session = await workspaceSession(page(String(patientId)));
  const { bsn: _never, ...values } = formValues(formData);
  const parsed = bsnSchema.safeParse(plain(formData));
  if (!parsed.success) return { ok: false, message: "Het BSN is niet vastgelegd. Controleer de gemarkeerde velden.", fieldErrors: fieldErrorsFrom(parsed.error), values };
  const result = await recordBsn(session, patientId, { bsn: parsed.data.bsn, idDocument: parsed.data.idDocument });
  if (!result.ok) return { ok: false, message: "Deze patiënt bestaat niet (meer). Er is niets vastgelegd.", values };
  revalidatePath(`/praktijk/patienten/${patientId}`, "layout");
  redirect(`${page(patientId)}?bsn=1`);
}
