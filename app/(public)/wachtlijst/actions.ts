"use server";

import { redirect } from "next/navigation";
import { after } from "next/server";
import { auth } from "@/auth";
import { currentActor } from "@/lib/auth/actor";
import { joinWaitlist } from "@/lib/data/waitlist";
import { deliverSoon } from "@/lib/mail/outbox";
import { todayIn } from "@/lib/time/zone";
import { z } from "zod";
import { validatedAction } from "@/lib/actions/validated-action";
import type { FormState } from "@/lib/validation/form-state";
import { waitlistContactSchema, waitlistPreferencesSchema, type WaitlistContact, type WaitlistPreferences } from "@/lib/validation/waitlist";

/** The wishes, and for a visitor (not a logged-in patient) the contact details too, as one schema over the form. */
function joinSchema(today: string, asPatient: boolean) {
  return z.instanceof(FormData).transform((formData, ctx): { wishes: WaitlistPreferences; contact: WaitlistContact | null } => {
    const text = (name: string) => formData.get(name) ?? undefined;
    const wishes = waitlistPreferencesSchema(today).safeParse({ dienst: text("dienst"), therapeut: text("therapeut"), dagen: formData.getAll("dagen"), dagdelen: formData.getAll("dagdelen"), tot: text("tot") });
    const contact = asPatient ? null : waitlistContactSchema(today).safeParse({ naam: text("naam"), email: text("email"), geboortedatum: text("geboortedatum"), telefoon: text("telefoon") });
    for (const result of [wishes, contact]) for (const issue of result?.error?.issues ?? []) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
    if (!wishes.success || (contact && !contact.success)) return z.NEVER;
    return { wishes: wishes.data, contact: contact?.data ?? null };
  });
}

/** Joins the waitlist: a logged-in patient with their own record, anyone else with name, birth date and e-mail. */
export async function joinWaitlistAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const session = await auth();
  const actor = await currentActor(session);
  const asPatient = actor?.role === "patient";
  return validatedAction(formData, {
    name: "waitlist.join",
    // Open to visitors: a logged-in patient joins with their own record (the session is read above).
    session: null,
    schema: joinSchema(todayIn(new Date()), asPatient),
    input: (form) => form,
    invalid: "Je staat nog niet op de wachtlijst. Controleer de gemarkeerde velden.",
    run: async ({ wishes, contact }, { values }): Promise<FormState> => {
      if (actor && !asPatient) return { ok: false, message: "Met dit account kun je geen plek op de wachtlijst nemen: de wachtlijst is voor patiënten. Log uit om je als bezoeker aan te melden." };
      const outcome = await joinWaitlist(asPatient ? session : null, wishes, contact);
      if (outcome.status === "unknown_choice") return { ok: false, message: "Kies een behandeling en fysiotherapeut uit de lijst.", values };
      if (outcome.status === "staff_address") return { ok: false, message: "Met dit e-mailadres kun je je niet op de wachtlijst zetten. Gebruik je eigen adres.", fieldErrors: { email: ["Gebruik je eigen e-mailadres."] }, values };
      if (outcome.status === "contact_needed") return { ok: false, message: "Vul je gegevens in.", values };
      after(deliverSoon);
      redirect(asPatient ? "/portaal/afspraken?wachtlijst=aangemeld" : "/wachtlijst?aangemeld=1");
    },
  });
}
