import "server-only";
import type { Session } from "next-auth";
import { redirect } from "next/navigation";
import { auth } from "@/auth";
import { currentActor, homePathFor } from "@/lib/auth/actor";

/**
 * The session of a clinical workspace page or action, for convenience only: someone without a valid
 * session is sent to the login page and a patient to the portal (also when posting an action directly),
 * instead of meeting an error. The access checks themselves stay in lib/data.
 */
export async function clinicalSession(returnTo: string): Promise<Session> {
  const session = await auth();
  const actor = await currentActor(session);
  if (!actor) redirect(`/inloggen?volgende=${encodeURIComponent(returnTo)}`);
  if (actor.role === "patient") redirect(homePathFor(actor.role));
  return session!;
}
