"use server";

import { revalidatePath } from "next/cache";
import { leaveWaitlist } from "@/lib/data/waitlist";
import type { FormState } from "@/lib/validation/form-state";
import { portalSession } from "@/app/area-session";

/** The patient leaves one of their own waitlist entries (ownership decided in lib/data/waitlist.ts). */
export async function leaveOwnWaitlistAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const session = await portalSession("/portaal/afspraken");
  const outcome = await leaveWaitlist({ via: "patient", session, entryId: String(formData.get("entryId") ?? "") });
  if (outcome === "not_found") return { ok: false, message: "Deze aanmelding bestaat niet (meer) op je wachtlijst. De pagina is bijgewerkt." };
  revalidatePath("/portaal/afspraken");
  return { ok: true, message: "Je staat niet meer op deze wachtlijst." };
}
