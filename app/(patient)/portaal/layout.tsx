import type { Metadata } from "next";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { logoutAction } from "@/app/(auth)/uitloggen/actions";
import { auth } from "@/auth";
import { AreaHeader } from "@/components/layout/area-header";
import { currentActor, homePathFor } from "@/lib/auth/actor";
import { getOwnDisplayName } from "@/lib/data/profile";

export const metadata: Metadata = { title: { default: "Mijn portaal", template: "%s · Mijn portaal" }, robots: { index: false } };

const links = [{ href: "/portaal", label: "Overzicht" }] as const;

/** Sends visitors who are not a logged-in patient elsewhere. Each page still checks access in lib/data. */
export default async function PortalLayout({ children }: { children: ReactNode }) {
  const session = await auth();
  const actor = await currentActor(session);
  if (!actor) redirect("/inloggen?volgende=/portaal");
  if (actor.role !== "patient") redirect(homePathFor(actor.role));
  const { name } = await getOwnDisplayName(session);
  return (
    <>
      <AreaHeader areaName="Mijn portaal" links={links} userLabel={name} logoutAction={logoutAction} />
      <main id="inhoud" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
        {children}
      </main>
    </>
  );
}
