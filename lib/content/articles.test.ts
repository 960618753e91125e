import { describe, expect, it } from "vitest";
import { articleSections, redFlags } from "@/lib/triage";
import { listArticleSummaries } from "./article-summaries";
import { FAQ_ID, getArticle, listArticles, parseArticle, summarise, WARNING_BOX_ID } from "./articles";

const articles = listArticles();

function anchorsOf(slug: string): Map<string, string> {
  const article = getArticle(slug);
  if (!article) return new Map();
  return new Map([...article.headings.map((h) => [h.id, h.text] as const), [WARNING_BOX_ID, "box"], [FAQ_ID, "faq"]]);
}

describe("the knowledge base", () => {
  it("has the two hamstring articles", () => {
    expect(articles.map((a) => a.slug)).toEqual(["kramp-in-je-hamstring", "overbelaste-hamstring"]);
    expect(getArticle("bestaat-niet")).toBeNull();
  });

  it("lists the same summaries from the front matter alone as from the full parse (home page, index)", () => {
    expect(listArticleSummaries()).toEqual(articles.map(summarise));
  });

  it.each(articles.map((a) => [a.slug, a] as const))("%s: an author and a medical reviewer from the practice, a review date and sources", (_slug, article) => {
    expect(article.author.name).not.toBe(article.reviewer.name);
    expect(article.reviewed >= article.date).toBe(true);
    expect(article.sources.length).toBeGreaterThanOrEqual(3);
  });

  it.each(articles.map((a) => [a.slug, a] as const))("%s: complete front matter, seven FAQ entries, a related article", (_slug, article) => {
    expect(article.title).toBeTruthy();
    expect(article.faq).toHaveLength(7);
    expect(new Set(article.faq.map((entry) => entry.question)).size).toBe(7);
    for (const related of article.related) expect(getArticle(related), related).not.toBeNull();
    expect(article.blocks.filter((block) => block.kind === "warning-signs")).toHaveLength(1);
  });

  it.each(articles.map((a) => [a.slug, a] as const))("%s: reading time in front matter matches the text (about 200 words a minute)", (_slug, article) => {
    expect(Math.abs(article.readingMinutes - article.wordCount / 200)).toBeLessThanOrEqual(1.5);
  });

  it.each(articles.map((a) => [a.slug, a] as const))("%s: heading ids are unique", (_slug, article) => {
    const ids = article.headings.map((h) => h.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("shows the overload-versus-tear grades as a table", () => {
    const html = getArticle("overbelaste-hamstring")!.blocks.map((b) => (b.kind === "markdown" ? b.html : "")).join("");
    expect(html).toContain("<table>");
    for (const grade of ["1: overbelasting", "2: gedeeltelijke scheur", "3: volledige scheur"]) expect(html).toContain(grade);
  });
});

describe("links from the triage into the articles", () => {
  it("every red flag's articleHref points at an existing anchor", () => {
    for (const flag of redFlags) {
      const [pathname, hash] = flag.articleHref.split("#");
      const slug = pathname!.replace("/kennisbank/", "");
      expect(anchorsOf(slug).has(hash!), `${flag.code} → ${flag.articleHref}`).toBe(true);
    }
  });

  it("every named section exists with the title the advice shows", () => {
    for (const section of Object.values(articleSections)) {
      const [pathname, hash] = section.href.split("#");
      expect(anchorsOf(pathname!.replace("/kennisbank/", "")).get(hash!), section.href).toBe(section.title);
    }
  });
});

describe("parseArticle", () => {
  const valid = (overrides: string, body = "## Kop\n\n:::waarschuwingen\n\nTekst.\n") =>
    [
      "---",
      "title: Test",
      'description: "Een beschrijving die lang genoeg is om als metabeschrijving te dienen, echt waar."',
      "date: 2026-11-22",
      "readingMinutes: 1",
      "author: { name: Sanne de Vries, profession: Fysiotherapeut }",
      "reviewer: { name: Joris Bakker, profession: Sportfysiotherapeut, registration: '12345678901' }",
      "reviewed: 2026-12-01",
      "sources: [{ citation: 'Iemand et al. Een studie. Een tijdschrift, 2020.' }]",
      "related: kramp-in-je-hamstring",
      "warningSigns: [pop]",
      "faq:",
      "  - question: Werkt dit?",
      "    answer: Ja, dit werkt zoals het hoort te werken.",
      overrides,
      "---",
      body,
    ].join("\n");

  it("reads a well-formed article", () => {
    const article = parseArticle("test", valid(""));
    expect(article.related).toEqual(["kramp-in-je-hamstring"]);
    expect(article.blocks.map((b) => b.kind)).toEqual(["markdown", "warning-signs", "markdown"]);
  });

  it("refuses a warning sign that the triage does not know, or a missing box marker", () => {
    expect(() => parseArticle("test", valid("warningSigns: [verzonnen]"))).toThrow(/warningSigns/);
    expect(() => parseArticle("test", valid("", "## Kop\n"))).toThrow(/:::waarschuwingen/);
  });
});
