import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { publicPages } from "./support/content";

for (const path of publicPages) {
  test(`${path}: no accessibility violations`, async ({ page }) => {
    await page.goto(path);
    await expectNoAxeViolations(page);
  });

  test(`${path}: fits a 320 px wide screen`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

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

test("articles, the knowledge base, the self-check and privacy are served prerendered; the home page is rendered per request", async ({ request }) => {
  for (const path of publicPages.filter((p) => p !== "/")) {
    const response = await request.get(path);
    expect(response.headers()["x-nextjs-cache"], path).toBe("HIT");
  }
  // The home page shows services and therapists from the database as they are now.
  const home = await request.get("/");
  expect(home.headers()["x-nextjs-cache"]).toBeUndefined();
  expect(home.headers()["cache-control"]).toContain("no-store");
});

for (const path of publicPages) {
  test(`${path}: loads no JavaScript at all`, async ({ page }) => {
    const scripts: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(request.url());
    });
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    expect(scripts).toEqual([]);
    // Inline scripts would not run either (the policy allows none); the only script elements are JSON-LD data.
    const types = await page.locator("script").evaluateAll((all) => all.map((script) => script.getAttribute("type")));
    expect(types.every((type) => type === "application/ld+json")).toBe(true);
  });
}
