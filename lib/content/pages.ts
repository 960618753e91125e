import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { splitFrontMatter } from "./front-matter";
import { renderMarkdown, type Heading } from "./markdown";
import { createSlugger } from "./slug";

/** Stand-alone pages written as Markdown in content/ (the privacy statement), read at build time. */
const pageSchema = z.object({
  title: z.string().min(3),
  description: z.string().min(50).max(200),
  updated: z.iso.date(),
});

export type ContentPage = z.infer<typeof pageSchema> & { html: string; headings: Heading[] };

export function getContentPage(name: string): ContentPage {
  const { data, body } = splitFrontMatter(readFileSync(path.join(process.cwd(), "content", `${name}.md`), "utf8"));
  const meta = pageSchema.parse(data);
  return { ...meta, ...renderMarkdown(body, createSlugger()) };
}
