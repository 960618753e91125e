import type { Metadata } from "next";
import type { ReactNode } from "react";
import { logoutAction } from "@/app/(auth)/uitloggen/actions";
import { AreaHeader } from "@/components/layout/area-header";
import { OfflineSupport } from "@/components/portal/offline-support";
import { getOwnDisplayName } from "@/lib/data/profile";
import { portalSession } from "@/app/area-session";

// The portal installs as an app on a phone (issue 16 point 10, docs/decisions/021): its manifest is linked
// from the portal only, so the public site's pages stay as they are.
export const metadata: Metadata = {
  title: { default: "Mijn portaal", template: "%s · Mijn portaal" },
  robots: { index: false },
  manifest: "/manifest.webmanifest",
  appleWebApp: { capable: true, title: "Oefenportaal", statusBarStyle: "default" },
  icons: { apple: "/app/icon-192.png" },
};

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
        <OfflineSupport />
        {children}
      </main>
    </>
  );
}
