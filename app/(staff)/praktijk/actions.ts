"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { AuthRequiredError, ForbiddenError } from "@/lib/auth/actor";
import { markAppointment } from "@/lib/data/staff/agenda";
import { formatDateTime } from "@/lib/time/format";
import type { FormState } from "@/lib/validation/form-state";
import { workspaceSession } from "@/app/area-session";

/** The agenda's action: mark an appointment attended or no-show. Who may, and when, is decided in lib/data. */
export async function markAttendanceAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const choice = formData.get("uitkomst");
  if (choice !== "attended" && choice !== "no_show") return { ok: false, message: "Kies ‘Aanwezig’ of ‘Niet verschenen’." };
  let outcome;
  try {
    outcome = await markAppointment(await workspaceSession("/praktijk"), String(formData.get("id") ?? ""), choice);
  } catch (error) {
    if (error instanceof AuthRequiredError) redirect("/inloggen?volgende=/praktijk");
    if (error instanceof ForbiddenError) return { ok: false, message: "Met dit account kun je geen afspraken afronden." };
    throw error;
  }
  if (outcome.status === "not_found") return { ok: false, message: "Deze afspraak bestaat niet (meer)." };
  if (outcome.status === "refused") {
    const messages = {
      cancelled: "Deze afspraak is geannuleerd; je kunt hem niet afronden.",
      future: "Dat kan pas op de dag van de afspraak.",
      not_own: "Je kunt alleen je eigen afspraken afronden. Vraag het de behandelaar of de beheerder.",
    } as const;
    return { ok: false, message: messages[outcome.reason] };
  }
  revalidatePath("/praktijk");
  const when = formatDateTime(outcome.startsAt);
  return { ok: true, message: outcome.mark === "attended" ? `${outcome.patientName} is aanwezig geweest (${when}).` : `${outcome.patientName} is niet verschenen (${when}).` };
}
