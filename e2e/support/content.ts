import { readdirSync } from "node:fs";
import path from "node:path";

/** The article slugs as the content folder has them, so tests cover every article, also future ones. */
export function articleSlugs(): string[] {
  return readdirSync(path.join(process.cwd(), "content", "kennisbank"))
    .filter((file) => file.endsWith(".md"))
    .map((file) => file.slice(0, -3));
}

export const publicPages = ["/", "/kennisbank", ...articleSlugs().map((slug) => `/kennisbank/${slug}`), "/klachtencheck", "/privacy", "/praktisch"];
