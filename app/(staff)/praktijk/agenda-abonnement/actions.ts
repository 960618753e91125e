"use server";

import { revalidatePath } from "next/cache";
import { renewOwnFeed, stopOwnFeed } from "@/lib/data/calendar-feeds";
import { env } from "@/lib/env";
import type { FormState } from "@/lib/validation/form-state";
import { staffSession } from "../settings-guard";

const PAGE = "/praktijk/agenda-abonnement";
const NO_AGENDA = "Met dit account kun je geen agenda-abonnement maken: je hebt geen eigen agenda met patiënten.";

/** A new private link to the therapist's own agenda; the previous one stops working. Shown once. */
export async function renewFeedAction(_previous: FormState): Promise<FormState> {
  const token = await renewOwnFeed(await staffSession(PAGE));
  if (!token) return { ok: false, message: NO_AGENDA };
  revalidatePath(PAGE);
  return { ok: true, message: `${env.APP_URL}/agenda/${token}` };
}

export async function stopFeedAction(_previous: FormState): Promise<FormState> {
  if (!(await stopOwnFeed(await staffSession(PAGE)))) return { ok: false, message: NO_AGENDA };
  revalidatePath(PAGE);
  return { ok: true, message: "Het agenda-abonnement is gestopt. De link werkt niet meer." };
}
