import type { Metadata } from "next";
import type { ReactNode } from "react";
import { logoutAction } from "@/app/(auth)/uitloggen/actions";
import { workspaceSession } from "@/app/area-session";
import { AreaHeader } from "@/components/layout/area-header";
import { currentActor } from "@/lib/auth/actor";
import { getOwnDisplayName } from "@/lib/data/profile";

export const metadata: Metadata = { title: { default: "Praktijk", template: "%s · Praktijk" }, robots: { index: false } };

const staffLinks = [
  { href: "/praktijk", label: "Agenda" },
  { href: "/praktijk/afspraken", label: "Afspraken" },
  { href: "/praktijk/patienten", label: "Patiënten" },
  { href: "/praktijk/oefeningen", label: "Oefeningen" },
  { href: "/praktijk/openingstijden", label: "Openingstijden" },
  { href: "/praktijk/wachtlijst", label: "Wachtlijst" },
  { href: "/praktijk/agenda-abonnement", label: "Agenda-abonnement" },
] as const;
const adminLinks = [
  { href: "/praktijk/team", label: "Team" },
  { href: "/praktijk/inzagelog", label: "Inzagelog" },
  { href: "/praktijk/regels", label: "Regels" },
  { href: "/praktijk/taken", label: "Taken" },
] as const;

/** Sends visitors who are not logged-in staff elsewhere. Each page still checks access in lib/data. */
export default async function WorkspaceLayout({ children }: { children: ReactNode }) {
  const session = await workspaceSession("/praktijk");
  // Cached per request: the session helper already looked the actor up.
  const actor = await currentActor(session);
  const { name } = await getOwnDisplayName(session);
  return (
    <>
      <AreaHeader areaName="Praktijk" links={actor?.role === "admin" ? [...staffLinks, ...adminLinks] : staffLinks} userLabel={name} logoutAction={logoutAction} />
      <main id="inhoud" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
        {children}
      </main>
    </>
  );
}
