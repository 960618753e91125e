import type { Article, ArticlePerson, ArticleSource } from "@/lib/content/articles";
import { formatPlainDate } from "@/lib/time/format";
import { Section } from "@/components/ui/section";

function describe(person: ArticlePerson) {
  return `${person.name}, ${person.profession.charAt(0).toLowerCase()}${person.profession.slice(1)}${person.registration ? ` (BIG ${person.registration})` : ""}`;
}

/** Who wrote the article, who reviewed it medically and when: the same facts as its structured data. */
export function ArticleByline({ article }: { article: Pick<Article, "author" | "reviewer" | "reviewed"> }) {
  return (
    <dl className="mt-3 space-y-1 text-sm">
      <div>
        <dt className="inline font-medium">Geschreven door </dt>
        <dd className="inline" data-testid="auteur">
          {describe(article.author)}
        </dd>
      </div>
      <div>
        <dt className="inline font-medium">Medisch beoordeeld door </dt>
        <dd className="inline">
          <span data-testid="beoordelaar">{describe(article.reviewer)}</span> op{" "}
          <time dateTime={article.reviewed}>{formatPlainDate(article.reviewed)}</time>
        </dd>
      </div>
      <div>
        <dt className="inline font-medium">Laatst beoordeeld: </dt>
        <dd className="inline">
          <time dateTime={article.reviewed}>{formatPlainDate(article.reviewed)}</time>
        </dd>
      </div>
    </dl>
  );
}

/** Bronnen: what the article's claims rest on, cited, never copied. */
export function ArticleSources({ sources }: { sources: ArticleSource[] }) {
  return (
    <Section id="bronnen" title="Bronnen" className="mt-12">
      <ol className="mt-4 list-decimal space-y-2 pl-5 text-sm">
        {sources.map((source) => (
          <li key={source.citation}>{source.url ? <a href={source.url}>{source.citation}</a> : source.citation}</li>
        ))}
      </ol>
    </Section>
  );
}
