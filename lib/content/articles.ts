import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { isRedFlagCode, type RedFlagCode } from "@/lib/triage";
import { ARTICLES_DIR, articleSlugs, type ArticleSummary } from "./article-summaries";
import { splitFrontMatter } from "./front-matter";
import { renderMarkdown, type Heading } from "./markdown";
import { FAQ_ID, WARNING_BOX_ID, WARNING_BOX_MARKER } from "./article-anchors";
import { createSlugger } from "./slug";

/**
 * The knowledge-base articles: Markdown files in content/kennisbank with YAML front matter. Read from disk
 * at build time only (the article pages are statically generated), never from the database.
 *
 * In the body, a line `:::waarschuwingen` marks where the "when to see a professional" box goes; the box
 * itself is built from the triage's red-flag definitions named in `warningSigns`.
 */
export { FAQ_ID, WARNING_BOX_ID, WARNING_BOX_MARKER } from "./article-anchors";

const faqEntrySchema = z.object({
  question: z.string().trim().min(5),
  // Plain text, so the FAQ's structured data and the rendered answer are the very same string.
  answer: z
    .string()
    .trim()
    .min(20)
    .refine((text) => !/[<>*_`[\]]/.test(text), "answers are plain text, without Markdown or HTML"),
});

/** A therapist of the practice as the practice presents her; a registration number only where it has one. */
const personSchema = z.object({
  name: z.string().trim().min(3),
  profession: z.string().trim().min(3),
  registration: z.string().trim().min(3).optional(),
});

/** What a claim rests on, cited in the practice's own words (never copied). */
const sourceSchema = z.object({ citation: z.string().trim().min(10), url: z.url().optional() });

const frontMatterSchema = z.object({
  title: z.string().min(3),
  author: personSchema,
  reviewer: personSchema,
  reviewed: z.iso.date(),
  sources: z.array(sourceSchema).min(1),
  description: z.string().min(50).max(200),
  date: z.iso.date(),
  readingMinutes: z.number().int().positive(),
  related: z.union([z.string(), z.array(z.string())]).transform((value) => (Array.isArray(value) ? value : [value])),
  warningSigns: z.array(z.string().refine(isRedFlagCode, "not a red-flag code from lib/triage")).min(1),
  faq: z.array(faqEntrySchema).min(1),
});

export type FaqEntry = z.infer<typeof faqEntrySchema>;

export type ArticleBlock = { kind: "markdown"; html: string } | { kind: "warning-signs" };

export type ArticlePerson = z.infer<typeof personSchema>;
export type ArticleSource = z.infer<typeof sourceSchema>;

export type Article = ArticleSummary & {
  author: ArticlePerson;
  reviewer: ArticlePerson;
  /** The last medical review (YYYY-MM-DD). */
  reviewed: string;
  sources: ArticleSource[];
  related: string[];
  warningSigns: RedFlagCode[];
  faq: FaqEntry[];
  blocks: ArticleBlock[];
  /** Every heading of the body, in order, with its id. */
  headings: Heading[];
  /** The number of words a reader gets through, for the reading-time check. */
  wordCount: number;
};

export function parseArticle(slug: string, source: string): Article {
  const { data, body } = splitFrontMatter(source);
  const result = frontMatterSchema.safeParse(data);
  if (!result.success) {
    throw new Error(`content/kennisbank/${slug}.md: ${result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  }
  const meta = result.data;
  const slugger = createSlugger([WARNING_BOX_ID, FAQ_ID]);
  const blocks: ArticleBlock[] = [];
  const headings: Heading[] = [];
  const parts = body.split(/^:::waarschuwingen[ \t]*$/m);
  if (parts.length !== 2) throw new Error(`content/kennisbank/${slug}.md: needs exactly one ${WARNING_BOX_MARKER} line`);
  parts.forEach((part, index) => {
    if (index > 0) blocks.push({ kind: "warning-signs" });
    const rendered = renderMarkdown(part, slugger);
    blocks.push({ kind: "markdown", html: rendered.html });
    headings.push(...rendered.headings);
  });
  const text = [body, ...meta.faq.flatMap((entry) => [entry.question, entry.answer])].join(" ");
  return {
    slug,
    title: meta.title,
    description: meta.description,
    date: meta.date,
    readingMinutes: meta.readingMinutes,
    author: meta.author,
    reviewer: meta.reviewer,
    reviewed: meta.reviewed,
    sources: meta.sources,
    related: meta.related,
    warningSigns: meta.warningSigns as RedFlagCode[],
    faq: meta.faq,
    blocks,
    headings,
    wordCount: text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length,
  };
}

// Parse each file once per server, except in development, where an edited article should show on the next
// reload. (The home page lists the articles at request time from lib/content/article-summaries.ts.)
const parsed = new Map<string, Article>();
const keep = process.env.NODE_ENV === "production";

export function getArticle(slug: string): Article | null {
  const cached = parsed.get(slug);
  if (cached) return cached;
  if (!articleSlugs().includes(slug)) return null;
  const article = parseArticle(slug, readFileSync(path.join(ARTICLES_DIR, `${slug}.md`), "utf8"));
  if (keep) parsed.set(slug, article);
  return article;
}

export function listArticles(): Article[] {
  return articleSlugs()
    .map((slug) => getArticle(slug))
    .filter((article): article is Article => article !== null);
}

export function summarise({ slug, title, description, date, readingMinutes }: Article): ArticleSummary {
  return { slug, title, description, date, readingMinutes };
}
