import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { env } from "@/lib/env";
import { practice } from "@/lib/practice";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(env.APP_URL),
  title: { default: `${practice.name} · ${practice.tagline}`, template: `%s · ${practice.name}` },
  description:
    "Fysiotherapie die de oorzaak zoekt in je hele bewegingsketen, van voeten tot romp. Plan een bewegingsketenanalyse en werk met een oefenplan in fases aan herstel en zelfredzaamheid.",
  applicationName: practice.name,
};

export const viewport: Viewport = {
  themeColor: "#1d5c55",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="nl">
      <body className="flex min-h-dvh flex-col antialiased">
        <a
          href="#inhoud"
          className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-surface focus:px-4 focus:py-2 focus:shadow"
        >
          Naar de inhoud
        </a>
        {children}
      </body>
    </html>
  );
}
