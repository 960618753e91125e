import { serializeJsonLd } from "@/lib/content/structured-data";

/** Structured data for search engines; invisible to visitors. */
export function JsonLd({ data }: { data: Record<string, unknown> | Record<string, unknown>[] }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
