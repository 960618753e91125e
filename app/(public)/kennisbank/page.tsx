import type { Metadata } from "next";
import { ArticleCard } from "@/components/kennisbank/article-card";
import { BookingInvitation } from "@/components/public/booking-invitation";
import { Breadcrumbs } from "@/components/public/breadcrumbs";
import { listArticleSummaries } from "@/lib/content/article-summaries";
import { pageMetadata } from "@/lib/content/metadata";

// Prerendered at build time from content/kennisbank (docs/decisions/014).
export const metadata: Metadata = pageMetadata({
  title: "Kennisbank",
  description:
    "Heldere uitleg over hamstringklachten: waar kramp en overbelasting vandaan komen, wat je zelf doet en wanneer je beter een professional laat kijken.",
  path: "/kennisbank",
});

export default function KnowledgeBasePage() {
  const articles = listArticleSummaries();
  const crumbs = [
    { name: "Home", path: "/" },
    { name: "Kennisbank", path: "/kennisbank" },
  ];
  return (
    <div className="mx-auto max-w-3xl px-4 py-8 sm:py-12">
      <Breadcrumbs crumbs={crumbs} />
      <h1 className="mt-4 text-4xl font-semibold sm:text-5xl">Kennisbank</h1>
      <p className="mt-4 text-lg text-muted">
        Wat je zelf kunt doen bij hamstringklachten, hoe je ze voorkomt, en wanneer het verstandig is dat iemand meekijkt.
        Geschreven door onze fysiotherapeuten, in gewone taal.
      </p>
      <div className="mt-8 grid gap-4">
        {articles.map((article) => (
          <ArticleCard key={article.slug} article={article} />
        ))}
      </div>
      <BookingInvitation className="mt-12" />
    </div>
  );
}
