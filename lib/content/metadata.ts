import type { Metadata } from "next";
import { appUrl } from "@/lib/app-url";
import { practice } from "@/lib/practice";

/** What the practice offers, in one sentence: the description of the home page and of the site as a whole. */
export const siteDescription =
  "Fysiotherapie die de oorzaak zoekt in je hele bewegingsketen, van voeten tot romp. Plan een bewegingsketenanalyse en werk met een oefenplan in fases aan herstel en zelfredzaamheid.";

/** The brand colour browsers may use for their own interface (address bar). */
export const themeColor = "#1d5c55";

/** The public site's origin (scheme, host, port) from APP_URL, for absolute URLs in structured data. */
export function siteOrigin(): string {
  return new URL(appUrl()).origin;
}

/**
 * The metadata of one public page: title, description, canonical URL and Open Graph. Paths are relative;
 * the root layout's metadataBase (APP_URL) makes them absolute. Next replaces a parent's openGraph object
 * instead of merging it, which is why every page gets the whole set from here.
 */
export type PageMetaInput = {
  title: string;
  description: string;
  path: string;
  type?: "website" | "article";
  publishedTime?: string;
};

export function pageMetadata({
  title,
  description,
  path,
  type = "website",
  publishedTime,
}: PageMetaInput): Metadata {
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph: {
      title,
      description,
      url: path,
      siteName: practice.name,
      locale: "nl_NL",
      ...(type === "article" ? { type: "article", publishedTime } : { type: "website" }),
    },
  };
}
