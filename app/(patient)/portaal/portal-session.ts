import "server-only";
import type { Session } from "next-auth";
import { redirect } from "next/navigation";
import { auth } from "@/auth";
import { currentActor, homePathFor, secondFactorStep } from "@/lib/auth/actor";
import { secondFactorPath } from "@/lib/auth/second-factor-path";

/**
 * The session of a portal page or action, for convenience only: someone whose session ended (expired, logged
 * out elsewhere, password changed) is sent to the login page and staff to their workspace, instead of
 * meeting an error. The access checks themselves stay in lib/data.
 */
export async function portalSession(returnTo: string): Promise<Session> {
  const session = await auth();
  const actor = await currentActor(session);
  if (!actor) redirect(`/inloggen?volgende=${encodeURIComponent(returnTo)}`);
  if (actor.role !== "patient") redirect(homePathFor(actor.role));
  const step = secondFactorStep(actor);
  if (step) redirect(secondFactorPath(step, returnTo));
  return session!;
}
