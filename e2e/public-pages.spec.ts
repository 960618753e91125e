import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { publicPages } from "./support/content";
import { expectHydrated, expectStrictScriptPolicy, watchBlockedScripts } from "./support/csp";

for (const pagePath of publicPages) {
  test(`${pagePath}: no accessibility violations`, async ({ page }) => {
    await page.goto(pagePath);
    await expectNoAxeViolations(page);
  });

  test(`${pagePath}: fits a 320 px wide screen`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(pagePath);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test(`${pagePath}: one strict policy without 'unsafe-inline', and every script of the page runs under it`, async ({ page, request }) => {
    await expectStrictScriptPolicy(await request.get(pagePath));
    const blocked = watchBlockedScripts(page);
    const response = await page.goto(pagePath);
    await expectStrictScriptPolicy(response!);
    await expectHydrated(page);
    // Scripts only from our own origin, the framework's files.
    const sources = await page.locator("script[src]").evaluateAll((all) => all.map((script) => script.getAttribute("src")!));
    for (const source of sources) expect(source).toMatch(/^\/_next\/static\//);
    expect(blocked).toEqual([]);
  });
}

test("the public pages hold no client component of ours: only the framework's own error boundaries", () => {
  const routes = ["voorpagina/[versie]", "kennisbank", "kennisbank/[slug]", "klachtencheck", "klachtencheck/advies", "privacy", "praktisch/[versie]"];
  for (const route of routes) {
    const file = path.join(".next", "server", "app", "(public)", route, "page_client-reference-manifest.js");
    expect(existsSync(file), file).toBe(true);
    const source = readFileSync(file, "utf8");
    const ours = [...source.matchAll(/\[project\]\/((?:app|components|lib)\/[^"\s]+?\.tsx?)/g)].map((match) => match[1]);
    expect(new Set(ours), route).toEqual(new Set(["app/error.tsx", "app/global-error.tsx"]));
  }
});

test("the Pages Router is gone and stays gone", () => {
  expect(existsSync("pages"), "a pages/ directory").toBe(false);
  // Next's own /404 and /500 fallbacks may stay in its pages manifest; no page of ours may.
  const manifest = path.join(".next", "server", "pages-manifest.json");
  const pages = existsSync(manifest) ? Object.keys(JSON.parse(readFileSync(manifest, "utf8")) as Record<string, string>) : [];
  expect(pages.filter((page) => !["/_app", "/_document", "/_error", "/404", "/500"].includes(page))).toEqual([]);
});

test("the privacy page says what is stored, how long, and how to use your rights", async ({ page }) => {
  await page.goto("/privacy");
  await expect(page.getByRole("heading", { level: 1, name: "Privacy en je gegevens" })).toBeVisible();
  await expect(page.getByRole("row", { name: /behandeldossier.*20 jaar/i })).toBeVisible();
  for (const right of ["Inzage", "Een kopie of export", "Correctie", "Verwijdering"]) {
    await expect(page.getByText(right, { exact: true })).toBeVisible();
  }
  await expect(page.getByRole("heading", { name: "Zo gebruik je je rechten" })).toBeVisible();
});

test("the home page explains the movement chain with a labelled picture and invites to book", async ({ page }) => {
  await page.goto("/");
  const chain = page.getByRole("img", { name: "De bewegingsketen" });
  await expect(chain).toBeVisible();
  for (const link of ["Voeten en enkels", "Knieën", "Hamstring", "Heupen", "Bekken en onderrug", "Romp (core)"]) {
    await expect(chain.getByText(link, { exact: true })).toBeVisible();
  }
  await expect(page.getByRole("heading", { name: "Wat gebeurt er in een bewegingsketenanalyse?" })).toBeVisible();
  await page.getByRole("region", { name: "Zoek de oorzaak, niet alleen de pijn" }).getByRole("link", { name: "Plan een bewegingsketenanalyse" }).click();
  await expect(page).toHaveURL(/\/afspraak$/);
});

test("every public page is served as a static page from the cache, the home page included", async ({ request }) => {
  // The home page and /praktisch are rendered on their first request, then kept.
  await request.get("/");
  await request.get("/praktisch");
  for (const pagePath of publicPages) {
    const response = await request.get(pagePath);
    expect(response.headers()["x-nextjs-cache"], pagePath).toMatch(/HIT|STALE/);
  }
  // The self-check's later steps hold health data: rendered per request, never kept.
  expect((await request.get("/klachtencheck/advies", { maxRedirects: 0 })).headers()["cache-control"]).toContain("no-store");
});

test("a cached page arrives whole and unchanged: the build's bytes, Dutch characters intact, on every request", async ({ request }) => {
  // The cache hands Next the page as bytes (docs/decisions/027); what a visitor receives is exactly what the
  // build wrote, the first time (read from disk) and after (kept in memory), and a HEAD gets the headers only.
  const built = readFileSync(path.join(".next", "server", "app", "kennisbank", "overbelaste-hamstring.html"));
  for (let visit = 0; visit < 2; visit++) {
    const response = await request.get("/kennisbank/overbelaste-hamstring");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("text/html; charset=utf-8");
    expect(response.headers()["content-security-policy"]).toContain("'sha256-");
    const body = await response.body();
    expect(body.equals(built), `visit ${visit + 1}`).toBe(true);
    expect(body.toString("utf8")).toContain("Overbelaste hamstring");
  }
  const head = await request.head("/kennisbank/overbelaste-hamstring");
  expect(head.status()).toBe(200);
  expect((await head.body()).length).toBe(0);
});

test("/praktisch: prices from the database, reimbursement, what to bring, hours, route, cancelling and complaints", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Praktisch" }).click();
  await expect(page).toHaveURL(/\/praktisch$/);
  await expect(page.getByRole("heading", { level: 1, name: "Praktisch" })).toBeVisible();
  const prices = page.getByRole("table", { name: "Tarief per behandeling" });
  await expect(prices.getByRole("row", { name: /Bewegingsketenanalyse.*1 uur.*79,50/ })).toBeVisible();
  await expect(prices.getByRole("row", { name: /Vervolgbehandeling.*30 minuten.*42,50/ })).toBeVisible();
  await expect(page.getByText("aanvullende verzekering", { exact: true })).toBeVisible();
  await expect(page.getByText("direct toegankelijk", { exact: true })).toBeVisible();
  await expect(page.getByText("screening", { exact: true })).toBeVisible();
  for (const item of ["Een geldig identiteitsbewijs", "Je zorgpas", "Sportkleding"]) await expect(page.getByText(item, { exact: true })).toBeVisible();
  const hours = page.getByRole("table", { name: "Openingstijden per dag" });
  await expect(hours.getByRole("row", { name: /maandag\s*08:30–21:00/i })).toBeVisible();
  await expect(hours.getByRole("row", { name: /zondag\s*gesloten/i })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Met de auto en parkeren" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Met het openbaar vervoer" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Annuleren of verzetten" })).toContainText("24 uur");
  await expect(page.getByRole("heading", { name: "Klachtenfunctionaris" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Geschillencommissie" })).toBeVisible();
  await expect(page.getByRole("contentinfo").getByRole("link", { name: "Tarieven, vergoeding en route" })).toHaveAttribute("href", "/praktisch");
  // Booking shows the same price where the treatment is chosen.
  await page.goto("/afspraak");
  await expect(page.getByRole("button", { name: /Vervolgbehandeling.*42,50/ })).toBeVisible();
});
