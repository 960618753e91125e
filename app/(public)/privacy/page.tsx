import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/public/breadcrumbs";
import { pageMetadata } from "@/lib/content/metadata";
import { getContentPage } from "@/lib/content/pages";
import { formatCalendarDate } from "@/lib/time/format";

// Prerendered at build time from content/privacy.md (docs/decisions/014).
const page = getContentPage("privacy");

export const metadata: Metadata = pageMetadata({ title: page.title, description: page.description, path: "/privacy" });

export default function PrivacyPage() {
  const crumbs = [
    { name: "Home", path: "/" },
    { name: page.title, path: "/privacy" },
  ];
  return (
    <div className="mx-auto max-w-3xl px-4 py-8 sm:py-12">
      <Breadcrumbs crumbs={crumbs} />
      <h1 className="mt-4 text-4xl font-semibold sm:text-5xl">{page.title}</h1>
      <p className="mt-3 text-sm text-muted">
        Bijgewerkt op <time dateTime={page.updated}>{formatCalendarDate(page.updated)}</time>
      </p>
      <div className="prose-article mt-6" dangerouslySetInnerHTML={{ __html: page.html }} />
    </div>
  );
}
