import Link from "next/link";
import type { ArticleSummary } from "@/lib/content/article-summaries";

/** An article in a list: the title is the link, the description says what you will learn. */
export function ArticleCard({ article, headingLevel = 2 }: { article: ArticleSummary; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="rounded-lg border border-line bg-surface p-6">
      <Heading className="text-xl font-semibold">
        <Link href={`/kennisbank/${article.slug}`}>{article.title}</Link>
      </Heading>
      <p className="mt-2 text-muted">{article.description}</p>
      <p className="mt-3 text-sm text-muted">{article.readingMinutes} minuten lezen</p>
    </article>
  );
}
