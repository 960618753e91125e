import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SkipLink } from "@/components/layout/skip-link";
import { appUrl } from "@/lib/app-url";
import { siteDescription, themeColor } from "@/lib/content/metadata";
import { practice } from "@/lib/practice";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(appUrl()),
  title: { default: `${practice.name} · ${practice.tagline}`, template: `%s · ${practice.name}` },
  description: siteDescription,
  applicationName: practice.name,
};

export const viewport: Viewport = {
  themeColor,
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="nl">
      <body className="flex min-h-dvh flex-col antialiased">
        <SkipLink />
        {children}
      </body>
    </html>
  );
}
