import "server-only";
import type { Session } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { currentActor, type Actor } from "@/lib/auth/actor";
import { workspaceSession } from "@/app/area-session";

/**
 * Sessions for the workspace's settings pages (opening hours, team, audit log) and their actions, for
 * convenience only: an ended session goes to the login page, a patient to the portal, and a therapist who
 * opens an admin page gets "geen toegang" (403, app/forbidden.tsx; issue 12, point 10); a session still waiting for its second factor
 * goes to that step. The access checks themselves stay in lib/data.
 */
async function staff(returnTo: string): Promise<{ session: Session; actor: Actor }> {
  // The workspace's one session helper does the redirects (login, second factor, patients to the portal);
  // the actor lookup is cached per request, so asking again costs no query.
  const session = await workspaceSession(returnTo);
  const actor = await currentActor(session);
  if (!actor) redirect(`/inloggen?volgende=${encodeURIComponent(returnTo)}`);
  return { session, actor };
}

export async function staffSession(returnTo: string): Promise<Session> {
  return (await staff(returnTo)).session;
}

/** For admin pages: other staff get "geen toegang" (403): the page exists, it is just not theirs to use. */
export async function adminPageSession(returnTo: string): Promise<Session> {
  const { session, actor } = await staff(returnTo);
  if (actor.role !== "admin") forbidden();
  return session;
}
