import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleBody } from "@/components/kennisbank/article-body";
import { ArticleCard } from "@/components/kennisbank/article-card";
import { FaqList } from "@/components/kennisbank/faq-list";
import { TableOfContents } from "@/components/kennisbank/table-of-contents";
import { BookingInvitation } from "@/components/public/booking-invitation";
import { Breadcrumbs } from "@/components/public/breadcrumbs";
import { JsonLd } from "@/components/public/json-ld";
import { FAQ_ID } from "@/lib/content/article-anchors";
import { getArticle, listArticles, summarise } from "@/lib/content/articles";
import { pageMetadata, siteOrigin } from "@/lib/content/metadata";
import { articleJsonLd, faqPageJsonLd } from "@/lib/content/structured-data";
import { formatPlainDate } from "@/lib/time/format";
import { ArticleByline, ArticleSources } from "@/components/kennisbank/article-credits";

// Every article is known at build time: prerender them all and answer 404 for anything else (decision 014).
export const dynamicParams = false;
export function generateStaticParams(): { slug: string }[] {
  return listArticles().map((article) => ({ slug: article.slug }));
}

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const article = getArticle((await params).slug);
  if (!article) return {};
  return pageMetadata({ title: article.title, description: article.description, path: `/kennisbank/${article.slug}`, type: "article", publishedTime: article.date });
}

export default async function ArticlePage({ params }: Params) {
  const article = getArticle((await params).slug);
  if (!article) notFound();
  const related = article.related.flatMap((slug) => getArticle(slug) ?? []).map(summarise);
  const origin = siteOrigin();
  const crumbs = [
    { name: "Home", path: "/" },
    { name: "Kennisbank", path: "/kennisbank" },
    { name: article.title, path: `/kennisbank/${article.slug}` },
  ];
  const toc = [
    ...article.headings.filter((heading) => heading.depth === 2),
    { id: FAQ_ID, text: "Veelgestelde vragen", depth: 2 },
  ];

  return (
    <article className="mx-auto max-w-3xl px-4 py-8 sm:py-12">
        <JsonLd data={[articleJsonLd(article, origin), faqPageJsonLd(article.faq)]} />
        <Breadcrumbs crumbs={crumbs} />
        <header className="mt-4">
          <h1 className="text-4xl font-semibold sm:text-5xl">{article.title}</h1>
          <p className="mt-3 text-sm text-muted">
            <time dateTime={article.date}>{formatPlainDate(article.date)}</time> · {article.readingMinutes} minuten lezen
          </p>
          <ArticleByline article={article} />
        </header>
        <div className="mt-8">
          <TableOfContents headings={toc} />
        </div>
        <div className="mt-8">
          <ArticleBody article={article} />
        </div>
        <FaqList faq={article.faq} id={FAQ_ID} />
        <ArticleSources sources={article.sources} />
        {related.length ? (
          <section aria-labelledby="lees-ook" className="no-print mt-12">
            <h2 id="lees-ook" className="text-2xl font-semibold">
              Lees ook
            </h2>
            <div className="mt-4 grid gap-4">
              {related.map((other) => (
                <ArticleCard key={other.slug} article={other} headingLevel={3} />
              ))}
            </div>
          </section>
        ) : null}
        <BookingInvitation className="mt-12" />
    </article>
  );
}
