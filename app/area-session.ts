import "server-only";
import type { Session } from "next-auth";
import { redirect } from "next/navigation";
import { auth } from "@/auth";
import { currentActor, homePathFor, secondFactorStep, type Actor } from "@/lib/auth/actor";
import { secondFactorPath } from "@/lib/auth/second-factor-path";

/**
 * The session of a page or action in one area (portal or workspace), for convenience only: someone whose
 * session ended (expired, logged out elsewhere, password changed) is sent to the login page, someone from the
 * other area to their own home, and a session still waiting for its second factor to that step — instead of
 * meeting an error. The access checks themselves stay in lib/data.
 */
async function areaSession(returnTo: string, belongs: (role: Actor["role"]) => boolean): Promise<Session> {
  const session = await auth();
  const actor = await currentActor(session);
  if (!actor) redirect(`/inloggen?volgende=${encodeURIComponent(returnTo)}`);
  if (!belongs(actor.role)) redirect(homePathFor(actor.role));
  const step = secondFactorStep(actor);
  if (step) redirect(secondFactorPath(step, returnTo));
  return session!;
}

/** The patient portal (/portaal): staff go to their workspace. */
export function portalSession(returnTo: string): Promise<Session> {
  return areaSession(returnTo, (role) => role === "patient");
}

/** The practice workspace (/praktijk): patients go to their portal. */
export function workspaceSession(returnTo: string): Promise<Session> {
  return areaSession(returnTo, (role) => role !== "patient");
}
