import type { Metadata } from "next";
import { env } from "@/lib/env";
import { practice } from "@/lib/practice";

/** The public site's origin (scheme, host, port) from APP_URL, for absolute URLs in structured data. */
export function siteOrigin(): string {
  return new URL(env.APP_URL).origin;
}

/**
 * The metadata of one public page: title, description, canonical URL and Open Graph. Paths are relative;
 * the root layout's metadataBase (APP_URL) makes them absolute. Next replaces a parent's openGraph object
 * instead of merging it, which is why every page gets the whole set from here.
 */
export function pageMetadata({
  title,
  description,
  path,
  type = "website",
  publishedTime,
}: {
  title: string;
  description: string;
  path: string;
  type?: "website" | "article";
  publishedTime?: string;
}): Metadata {
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
