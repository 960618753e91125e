import type { MetadataRoute } from "next";
import { siteOrigin } from "@/lib/content/metadata";
import { listArticles } from "@/lib/content/articles";
import { PRACTICAL_PATH } from "@/lib/content/home-route";

/** Every public page and every article; generated at build time from content/, never from the database. */
export default function sitemap(): MetadataRoute.Sitemap {
  const origin = siteOrigin();
  const articles = listArticles();
  const newest = articles.map((article) => article.date).sort().at(-1);
  return [
    { url: `${origin}/`, changeFrequency: "weekly", priority: 1 },
    { url: `${origin}/kennisbank`, lastModified: newest, changeFrequency: "weekly", priority: 0.8 },
    ...articles.map((article) => ({
      url: `${origin}/kennisbank/${article.slug}`,
      lastModified: article.date,
      changeFrequency: "monthly" as const,
      priority: 0.8,
    })),
    { url: `${origin}/klachtencheck`, changeFrequency: "yearly", priority: 0.6 },
    { url: `${origin}${PRACTICAL_PATH}`, changeFrequency: "monthly", priority: 0.6 },
    { url: `${origin}/privacy`, changeFrequency: "yearly", priority: 0.3 },
  ];
}
