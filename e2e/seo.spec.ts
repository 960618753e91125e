import { expect, test, type Page } from "@playwright/test";
import { articleSlugs, publicPages } from "./support/content";

type Thing = Record<string, unknown> & { "@type": string };

async function structuredData(page: Page): Promise<Thing[]> {
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return scripts.flatMap((text) => JSON.parse(text) as Thing | Thing[]);
}

for (const slug of articleSlugs()) {
  test(`article ${slug}: the FAQPage data equals the FAQ on the page, and the Article data its title`, async ({ page }) => {
    await page.goto(`/kennisbank/${slug}`);
    const data = await structuredData(page);

    const faq = data.find((thing) => thing["@type"] === "FAQPage") as unknown as { mainEntity: { name: string; acceptedAnswer: { text: string } }[] };
    const visible = await page.locator("details").evaluateAll((all) =>
      all.map((details) => ({
        question: details.querySelector("summary")!.textContent!.replace(/\+$/, "").trim(),
        answer: details.querySelector("p")!.textContent!.trim(),
      })),
    );
    expect(visible).toHaveLength(7);
    expect(faq.mainEntity.map((q) => ({ question: q.name, answer: q.acceptedAnswer.text.trim() }))).toEqual(visible);

    const article = data.find((thing) => thing["@type"] === "Article")!;
    expect(article.headline).toBe(await page.getByRole("heading", { level: 1 }).textContent());
    const webPage = article.mainEntityOfPage as { url: string; lastReviewed: string; reviewedBy: { name: string; jobTitle: string } };
    expect(webPage.url).toBe(await page.locator('link[rel="canonical"]').getAttribute("href"));
    // Authorship, medical review and sources: the structured data says what the page shows.
    const author = article.author as { name: string; jobTitle: string };
    await expect(page.getByTestId("auteur")).toHaveText(new RegExp(`^${author.name}, ${author.jobTitle}`, "i"));
    await expect(page.getByTestId("beoordelaar")).toHaveText(new RegExp(`^${webPage.reviewedBy.name}, ${webPage.reviewedBy.jobTitle}`, "i"));
    const reviewed = await page.getByText("Laatst beoordeeld:").locator("xpath=..").locator("time").getAttribute("datetime");
    expect(webPage.lastReviewed).toBe(reviewed);
    expect(article.dateModified).toBe(reviewed);
    const sources = await page.getByRole("region", { name: "Bronnen" }).getByRole("listitem").allTextContents();
    expect((article.citation as (string | { name: string })[]).map((c) => (typeof c === "string" ? c : c.name))).toEqual(sources);

    const breadcrumbs = data.find((thing) => thing["@type"] === "BreadcrumbList") as unknown as { itemListElement: { name: string }[] };
    expect(breadcrumbs.itemListElement.map((item) => item.name)).toEqual(
      await page.getByRole("navigation", { name: "Kruimelpad" }).getByRole("listitem").allTextContents().then((items) => items.map((t) => t.replace("›", "").trim())),
    );
  });
}

for (const path of publicPages) {
  test(`${path}: title, description, canonical URL and Open Graph`, async ({ page, baseURL }) => {
    await page.goto(path);
    await expect(page).toHaveTitle(/Fysiopraktijk Keten/);
    const meta = (selector: string, attribute = "content") => page.locator(selector).getAttribute(attribute);
    expect((await meta('meta[name="description"]'))?.length).toBeGreaterThan(50);
    const withoutSlash = (url: string | null) => url?.replace(/\/$/, "");
    expect(withoutSlash(await meta('link[rel="canonical"]', "href"))).toBe(withoutSlash(new URL(path, baseURL).toString()));
    expect(await meta('meta[property="og:title"]')).toBeTruthy();
    expect(await meta('meta[property="og:url"]')).toBe(await meta('link[rel="canonical"]', "href"));
    expect(await meta('meta[property="og:locale"]')).toBe("nl_NL");
    await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  });
}

test("sitemap.xml lists every public page and every article; robots.txt points to it", async ({ request, baseURL }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  const locations = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  for (const path of publicPages) expect(locations).toContain(path);
  for (const slug of articleSlugs()) expect(locations).toContain(`/kennisbank/${slug}`);

  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain(`Sitemap: ${new URL("/sitemap.xml", baseURL)}`);
  expect(robots).toMatch(/Disallow: \/portaal/);
});
