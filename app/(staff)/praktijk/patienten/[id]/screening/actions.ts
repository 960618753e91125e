"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { recordBsn, saveScreening } from "@/lib/data/staff/screening";
import { todayIn } from "@/lib/time/zone";
import { validatedAction } from "@/lib/actions/validated-action";
import { formValues, type FormState } from "@/lib/validation/form-state";
import { bsnSchema, determinants, screeningSchema } from "@/lib/validation/screening";
import { workspaceSession } from "@/app/area-session";

const page = (patientId: string) => `/praktijk/patienten/${patientId}/screening`;

function plain(formData: FormData): Record<string, string> {
  const input: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (typeof value === "string" && !key.startsWith("$ACTION")) input[key] = value;
  return input;
}

export async function saveScreeningAction(patientId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return validatedAction(formData, {
    name: "screening.save",
    session: () => workspaceSession(page(String(patientId))),
    schema: screeningSchema(todayIn(new Date())),
    input: plain,
    invalid: "Controleer de gemarkeerde velden. Er is nog niets opgeslagen.",
    run: async (data, { session, values }): Promise<FormState> => {
      const v = data as Record<string, string> & typeof data;
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
    },
  });
}

export async function recordBsnAction(patientId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return validatedAction(formData, {
    name: "screening.record_bsn",
    session: () => workspaceSession(page(String(patientId))),
    schema: bsnSchema,
    input: plain,
    invalid: "Het BSN is niet vastgelegd. Controleer de gemarkeerde velden.",
    // The BSN is never sent back to the form.
    values: (form) => {
      const { bsn: _never, ...values } = formValues(form);
      return values;
    },
    run: async ({ bsn, idDocument }, { session, values }): Promise<FormState> => {
      const result = await recordBsn(session, patientId, { bsn, idDocument });
      if (!result.ok) return { ok: false, message: "Deze patiënt bestaat niet (meer). Er is niets vastgelegd.", values };
      revalidatePath(`/praktijk/patienten/${patientId}`, "layout");
      redirect(`${page(patientId)}?bsn=1`);
    },
  });
}
