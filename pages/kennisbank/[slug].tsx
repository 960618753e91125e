import type { GetStaticPaths, GetStaticProps } from "next";
import { ArticleBody } from "@/components/kennisbank/article-body";
import { ArticleCard } from "@/components/kennisbank/article-card";
import { FaqList } from "@/components/kennisbank/faq-list";
import { TableOfContents } from "@/components/kennisbank/table-of-contents";
import { PublicPage } from "@/components/layout/public-page";
import { BookingInvitation } from "@/components/public/booking-invitation";
import { Breadcrumbs } from "@/components/public/breadcrumbs";
import { JsonLd } from "@/components/public/json-ld";
import { FAQ_ID } from "@/lib/content/article-anchors";
import { getArticle, listArticles, summarise, type Article, type ArticleSummary } from "@/lib/content/articles";
import { siteOrigin } from "@/lib/content/metadata";
import { articleJsonLd, faqPageJsonLd } from "@/lib/content/structured-data";
import { formatCalendarDate } from "@/lib/time/format";

// A page without client JavaScript: the FAQ opens with <details>, nothing else needs any (docs/decisions/012).
export const config = { runtime: "nodejs", unstable_runtimeJS: false };

// Every article is known at build time: prerender them all and answer 404 for anything else.
export const getStaticPaths: GetStaticPaths = () => ({
  paths: listArticles().map((article) => ({ params: { slug: article.slug } })),
  fallback: false,
});

type ArticleProps = { article: Article; related: ArticleSummary[] };

export const getStaticProps: GetStaticProps<ArticleProps, { slug: string }> = ({ params }) => {
  const article = params ? getArticle(params.slug) : null;
  if (!article) return { notFound: true };
  const related = article.related.flatMap((slug) => getArticle(slug) ?? []).map(summarise);
  return { props: { article, related } };
};

export default function ArticlePage({ article, related }: ArticleProps) {
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
    <PublicPage head={{ title: article.title, description: article.description, path: `/kennisbank/${article.slug}`, type: "article", publishedTime: article.date }}>
      <article className="mx-auto max-w-3xl px-4 py-8 sm:py-12">
        <JsonLd data={[articleJsonLd(article, origin), faqPageJsonLd(article.faq)]} />
        <Breadcrumbs crumbs={crumbs} />
        <header className="mt-4">
          <h1 className="text-4xl font-semibold sm:text-5xl">{article.title}</h1>
          <p className="mt-3 text-sm text-muted">
            <time dateTime={article.date}>{formatCalendarDate(article.date)}</time> · {article.readingMinutes} minuten lezen
          </p>
        </header>
        <div className="mt-8">
          <TableOfContents headings={toc} />
        </div>
        <div className="mt-8">
          <ArticleBody article={article} />
        </div>
        <FaqList faq={article.faq} id={FAQ_ID} />
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
    </PublicPage>
  );
}
