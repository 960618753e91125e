import "server-only";
import type { Session } from "next-auth";
import { redirect } from "next/navigation";
import { auth } from "@/auth";
import { currentActor, homePathFor, secondFactorStep } from "@/lib/auth/actor";
import { secondFactorPath } from "@/lib/auth/second-factor-path";

/**
 * The session of a workspace page or action, for convenience only: someone whose session ended is sent to
 * the login page, a staff member who has not passed the second factor to that step, a patient to the
 * portal — instead of meeting an error. The access checks themselves stay in lib/data (requireStaff).
 */
export async function workspaceSession(returnTo: string): Promise<Session> {
  const session = await auth();
  const actor = await currentActor(session);
  if (!actor) redirect(`/inloggen?volgende=${encodeURIComponent(returnTo)}`);
  if (actor.role === "patient") redirect(homePathFor(actor.role));
  const step = secondFactorStep(actor);
  if (step) redirect(secondFactorPath(step, returnTo));
  return session!;
}
