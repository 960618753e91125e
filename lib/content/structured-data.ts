import { practice } from "@/lib/practice";
import type { FaqEntry } from "./articles";

/**
 * schema.org structured data (JSON-LD) for search engines. Built from the same values the page renders,
 * so what a search engine reads is what a visitor sees. URLs are absolute, resolved against APP_URL.
 */
type JsonLd = Record<string, unknown>;

export function organizationJsonLd(origin: string): JsonLd {
  return {
    "@type": "Physiotherapy",
    "@id": `${origin}/#praktijk`,
    name: practice.name,
    url: `${origin}/`,
    telephone: practice.phone,
    email: practice.email,
    address: {
      "@type": "PostalAddress",
      streetAddress: practice.street,
      postalCode: practice.postalCode,
      addressLocality: practice.city,
      addressCountry: "NL",
    },
  };
}

type Person = { name: string; profession: string; registration?: string };

function personJsonLd(person: Person, origin: string): JsonLd {
  return {
    "@type": "Person",
    name: person.name,
    jobTitle: person.profession,
    ...(person.registration ? { identifier: person.registration } : {}),
    worksFor: { "@type": "Organization", name: practice.name, url: `${origin}/` },
  };
}

/** The article: who wrote it, who reviewed it medically and when, and what it rests on (its Bronnen). */
export function articleJsonLd(
  article: { slug: string; title: string; description: string; date: string; author: Person; reviewer: Person; reviewed: string; sources: { citation: string; url?: string }[] },
  origin: string,
): JsonLd {
  const url = `${origin}/kennisbank/${article.slug}`;
  return {
    "@context": "https://schema.org",
    "@type": "Article",
    headline: article.title,
    description: article.description,
    datePublished: article.date,
    dateModified: article.reviewed,
    inLanguage: "nl-NL",
    mainEntityOfPage: {
      "@type": "MedicalWebPage",
      "@id": url,
      url,
      lastReviewed: article.reviewed,
      reviewedBy: personJsonLd(article.reviewer, origin),
    },
    url,
    author: personJsonLd(article.author, origin),
    citation: article.sources.map((source) => (source.url ? { "@type": "CreativeWork", name: source.citation, url: source.url } : source.citation)),
    publisher: organizationJsonLd(origin),
  };
}

export function faqPageJsonLd(faq: FaqEntry[]): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "FAQPage",
    mainEntity: faq.map((entry) => ({
      "@type": "Question",
      name: entry.question,
      acceptedAnswer: { "@type": "Answer", text: entry.answer },
    })),
  };
}

export type Crumb = { name: string; path: string };

export function breadcrumbJsonLd(crumbs: Crumb[], origin: string): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map((crumb, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: crumb.name,
      item: `${origin}${crumb.path}`,
    })),
  };
}

/** JSON for inside a <script> element: `<` is escaped so no text can close the element early. */
export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
