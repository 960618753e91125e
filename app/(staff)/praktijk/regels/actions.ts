"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { refreshHomePage, refreshPracticalPage } from "@/lib/content/home-route";
import { updatePracticeRules } from "@/lib/data/staff/practice-rules";
import { updateServicePrice } from "@/lib/data/staff/service-prices";
import { validatedAction } from "@/lib/actions/validated-action";
import type { FormState } from "@/lib/validation/form-state";
import { practiceRulesSchema, type PracticeRulesField } from "@/lib/validation/practice-rules";
import { servicePriceSchema } from "@/lib/validation/service-price";
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
  "complaintsOfficer",
  "disputesCommittee",
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
      refreshPracticalPage();
      revalidatePath(PAGE);
      redirect(`${PAGE}?melding=opgeslagen`);
    },
  });
}

/** Sets one treatment's price (admins only); /praktisch, the home page and booking show it. */
export async function saveServicePriceAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return validatedAction(formData, {
    name: "service_price.save",
    session: () => staffSession(PAGE),
    roles: ["admin"],
    forbidden: "Dit kan alleen een beheerder. Er is niets gewijzigd.",
    schema: servicePriceSchema,
    input: ["serviceId", "price"],
    invalid: "Het tarief is niet opgeslagen. Controleer het bedrag.",
    run: async (data, { session, values }) => {
      if (!(await updateServicePrice(session, data.serviceId, data.price))) {
        return { ok: false, message: "Deze behandeling bestaat niet (meer). Er is niets gewijzigd.", values };
      }
      refreshPracticalPage();
      refreshHomePage();
      revalidatePath(PAGE);
      redirect(`${PAGE}?melding=tarief-opgeslagen#tarieven`);
    },
  });
}
