import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteHeader />
      <main id="inhoud" className="mx-auto w-full max-w-md flex-1 px-4 py-12">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
