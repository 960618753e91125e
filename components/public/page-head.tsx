import Head from "next/head";
import { siteOrigin, themeColor, type PageMetaInput } from "@/lib/content/metadata";
import { practice } from "@/lib/practice";

/**
 * The <head> of a public page served by the Pages Router (pages/): the same tags the App Router's metadata
 * gives every other page (lib/content/metadata.ts pageMetadata), written out, with absolute URLs from
 * APP_URL. `absoluteTitle` skips the " · Fysiopraktijk Keten" suffix (the home page's title has the name).
 */
export function PageHead({ title, description, path, type = "website", publishedTime, absoluteTitle = false }: PageMetaInput & { absoluteTitle?: boolean }) {
  const url = new URL(path, siteOrigin()).toString();
  const fullTitle = absoluteTitle ? title : `${title} · ${practice.name}`;
  return (
    <Head>
      <title>{fullTitle}</title>
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <meta name="theme-color" content={themeColor} />
      <meta name="description" content={description} />
      <meta name="application-name" content={practice.name} />
      <link rel="canonical" href={url} />
      <meta property="og:title" content={title} />
      <meta property="og:description" content={description} />
      <meta property="og:url" content={url} />
      <meta property="og:site_name" content={practice.name} />
      <meta property="og:locale" content="nl_NL" />
      <meta property="og:type" content={type} />
      {type === "article" && publishedTime ? <meta property="article:published_time" content={publishedTime} /> : null}
      <meta name="twitter:card" content="summary" />
      <meta name="twitter:title" content={title} />
      <meta name="twitter:description" content={description} />
      <link rel="icon" href="/icon.svg" sizes="any" type="image/svg+xml" />
    </Head>
  );
}
