"use server";

import { redirect } from "next/navigation";
import { after } from "next/server";
import { auth } from "@/auth";
import { currentActor } from "@/lib/auth/actor";
import { joinWaitlist } from "@/lib/data/waitlist";
import { deliverSoon } from "@/lib/mail/outbox";
import { todayIn } from "@/lib/time/zone";
import { fieldErrorsFrom, formValues, type FormState } from "@/lib/validation/form-state";
import { waitlistContactSchema, waitlistPreferencesSchema } from "@/lib/validation/waitlist";

/** Joins the waitlist: a logged-in patient with their own record, anyone else with name, birth date and e-mail. */
export async function joinWaitlistAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const session = await auth();
  const actor = await currentActor(session);
  const today = todayIn(new Date());
  const wishes = waitlistPreferencesSchema(today).safeParse({
    dienst: formData.get("dienst") ?? undefined,
    therapeut: formData.get("therapeut") ?? undefined,
    dagen: formData.getAll("dagen"),
    dagdelen: formData.getAll("dagdelen"),
    tot: formData.get("tot") ?? undefined,
  });
  const asPatient = actor?.role === "patient";
  const contact = asPatient
    ? null
    : waitlistContactSchema(today).safeParse({
        naam: formData.get("naam") ?? undefined,
        email: formData.get("email") ?? undefined,
        geboortedatum: formData.get("geboortedatum") ?? undefined,
        telefoon: formData.get("telefoon") ?? undefined,
      });
  if (!wishes.success || (contact && !contact.success)) {
    return {
      ok: false,
      message: "Je staat nog niet op de wachtlijst. Controleer de gemarkeerde velden.",
      fieldErrors: { ...(wishes.success ? {} : fieldErrorsFrom(wishes.error)), ...(contact && !contact.success ? fieldErrorsFrom(contact.error) : {}) },
      values: formValues(formData),
    };
  }
  if (actor && !asPatient) return { ok: false, message: "Met dit account kun je geen plek op de wachtlijst nemen: de wachtlijst is voor patiënten. Log uit om je als bezoeker aan te melden." };
  const outcome = await joinWaitlist(asPatient ? session : null, wishes.data, contact?.success ? contact.data : null);
  if (outcome.status === "unknown_choice") return { ok: false, message: "Kies een behandeling en fysiotherapeut uit de lijst.", values: formValues(formData) };
  if (outcome.status === "staff_address") return { ok: false, message: "Met dit e-mailadres kun je je niet op de wachtlijst zetten. Gebruik je eigen adres.", fieldErrors: { email: ["Gebruik je eigen e-mailadres."] }, values: formValues(formData) };
  if (outcome.status === "contact_needed") return { ok: false, message: "Vul je gegevens in.", values: formValues(formData) };
  after(deliverSoon);
  redirect(asPatient ? "/portaal/afspraken?wachtlijst=aangemeld" : "/wachtlijst?aangemeld=1");
}
