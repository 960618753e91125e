import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { splitFrontMatter } from "./front-matter";

/**
 * What a list of articles shows (the home page, the knowledge base's index), read from the front matter alone.
 * It leaves out lib/content/articles.ts on purpose: that module checks the whole front matter with zod and
 * renders the Markdown, and in development every import of the first page is compiled before `/` answers
 * (issue 12, point 21). The full check still runs where an article is shown and in articles.test.ts, which
 * also holds these summaries to the full parse's.
 */
export const ARTICLES_DIR = path.join(process.cwd(), "content", "kennisbank");

export type ArticleSummary = { slug: string; title: string; description: string; date: string; readingMinutes: number };

export function articleSlugs(): string[] {
  return readdirSync(ARTICLES_DIR)
    .filter((file) => file.endsWith(".md"))
    .map((file) => file.slice(0, -3))
    .sort();
}

function summaryOf(slug: string, source: string): ArticleSummary {
  const { data } = splitFrontMatter(source);
  const { title, description, date, readingMinutes } = (data ?? {}) as Record<string, unknown>;
  if (typeof title !== "string" || typeof description !== "string" || typeof date !== "string" || typeof readingMinutes !== "number") {
    throw new Error(`content/kennisbank/${slug}.md: needs a title, description, date and readingMinutes in its front matter`);
  }
  return { slug, title, description, date, readingMinutes };
}

export function listArticleSummaries(): ArticleSummary[] {
  return articleSlugs().map((slug) => summaryOf(slug, readFileSync(path.join(ARTICLES_DIR, `${slug}.md`), "utf8")));
}
