import type { Metadata } from "next";
import type { ReactNode } from "react";
import { logoutAction } from "@/app/(auth)/uitloggen/actions";
import { AreaHeader } from "@/components/layout/area-header";
import { getOwnDisplayName } from "@/lib/data/profile";
import { portalSession } from "@/app/area-session";

export const metadata: Metadata = { title: { default: "Mijn portaal", template: "%s · Mijn portaal" }, robots: { index: false } };

const links = [
  { href: "/portaal", label: "Vandaag" },
  { href: "/portaal/plan", label: "Mijn plan" },
  { href: "/portaal/voortgang", label: "Voortgang" },
  { href: "/portaal/metingen", label: "Metingen" },
  { href: "/portaal/afspraken", label: "Afspraken" },
  { href: "/portaal/gegevens", label: "Mijn gegevens" },
] as const;

/** Sends visitors who are not a logged-in patient elsewhere. Each page still checks access in lib/data. */
export default async function PortalLayout({ children }: { children: ReactNode }) {
  const session = await portalSession("/portaal");
  const { name } = await getOwnDisplayName(session);
  return (
    <>
      <AreaHeader areaName="Mijn portaal" links={links} userLabel={name} logoutAction={logoutAction} />
      <main id="inhoud" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 print:max-w-none print:p-0">
        {children}
      </main>
    </>
  );
}
