import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { articleSlugs } from "./support/content";

test("a visitor goes from the home page to an article, opens a question and reaches booking", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("region", { name: "Uit de kennisbank" }).getByRole("link", { name: "Kramp in je hamstring" }).click();
  await expect(page).toHaveURL(/\/kennisbank\/kramp-in-je-hamstring$/);
  await expect(page.getByRole("heading", { level: 1, name: "Kramp in je hamstring" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Kruimelpad" }).getByRole("link", { name: "Kennisbank" })).toBeVisible();

  // The table of contents jumps to a section.
  await page.getByRole("navigation", { name: "In dit artikel" }).getByRole("link", { name: "Wat doe je als de kramp toeslaat?" }).click();
  await expect(page).toHaveURL(/#wat-doe-je-als-de-kramp-toeslaat$/);

  const question = page.getByText("Waarom krijg ik 's nachts kramp terwijl ik niet gesport heb?");
  const answer = page.getByText(/Waarom spieren 's nachts verkrampen, weet niemand precies/);
  await expect(answer).toBeHidden();
  await question.click();
  await expect(answer).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("region", { name: "Zoek de oorzaak, niet alleen de pijn" }).getByRole("link", { name: "Plan een bewegingsketenanalyse" }).click();
  await expect(page).toHaveURL(/\/afspraak$/);
});

test("an FAQ answer opens and closes with the keyboard alone", async ({ page }) => {
  await page.goto("/kennisbank/overbelaste-hamstring");
  const summary = page.locator("summary", { hasText: "Kan ik beter ijs of warmte gebruiken?" });
  await summary.focus();
  await expect(summary).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByText(/In de eerste 48 tot 72 uur na een acute overbelasting/)).toBeVisible();
  await page.keyboard.press("Space");
  await expect(page.getByText(/In de eerste 48 tot 72 uur na een acute overbelasting/)).toBeHidden();
});

for (const slug of articleSlugs()) {
  test(`article ${slug}: contents, FAQ, warning signs, related article and booking invitation`, async ({ page }) => {
    await page.goto(`/kennisbank/${slug}`);
    const toc = page.getByRole("navigation", { name: "In dit artikel" });
    await expect(toc.getByRole("link")).not.toHaveCount(0);
    // Every entry of the table of contents points at a heading on the page.
    for (const href of await toc.getByRole("link").evaluateAll((links) => links.map((link) => link.getAttribute("href")))) {
      await expect(page.locator(`${href}`)).toHaveCount(1);
    }
    await expect(page.locator("details")).toHaveCount(7);
    await expect(page.getByRole("region", { name: "Wanneer moet een professional kijken?" }).getByRole("listitem")).not.toHaveCount(0);
    await expect(page.getByRole("region", { name: "Lees ook" }).getByRole("link")).toHaveCount(1);
    await expect(page.getByRole("link", { name: "Plan een bewegingsketenanalyse" })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test("the overload article shows the grades as a table", async ({ page }) => {
  await page.goto("/kennisbank/overbelaste-hamstring");
  const table = page.getByRole("table");
  await expect(table.getByRole("columnheader", { name: "Graad" })).toBeVisible();
  await expect(table.getByRole("row")).toHaveCount(4);
  await expect(table.getByRole("cell", { name: "3: volledige scheur" })).toBeVisible();
});

test("an unknown article is a 404 page", async ({ page }) => {
  const response = await page.goto("/kennisbank/bestaat-niet");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Deze pagina bestaat niet" })).toBeVisible();
});

test("a printed article leaves out the navigation and shows every FAQ answer", async ({ page }) => {
  await page.goto("/kennisbank/kramp-in-je-hamstring");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Hoofdmenu" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "In dit artikel" })).toBeHidden();
  await expect(page.getByRole("heading", { level: 1, name: "Kramp in je hamstring" })).toBeVisible();
  await expect(page.getByText(/Waarom spieren 's nachts verkrampen, weet niemand precies/)).toBeVisible();
});

test("on a 320 px phone the grades table reads as stacked rows: every value named, nothing scrolled out of sight", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto("/kennisbank/overbelaste-hamstring");
  // (A `has` locator is matched inside the outer element, so the scroller is found first and the table within it.)
  const scroller = page.locator(".prose-article .table-scroll").filter({ hasText: "volledige scheur" });
  const table = scroller.locator("table");
  await expect(table).toBeVisible();
  expect(await scroller.evaluate((box) => box.scrollWidth - box.clientWidth)).toBeLessThanOrEqual(0);
  const cells = table.locator("tbody td");
  expect(await cells.count()).toBe(12);
  for (const cell of await cells.all()) {
    expect(await cell.evaluate((td) => getComputedStyle(td).display)).toBe("block");
    expect(await cell.getAttribute("data-label")).toMatch(/\S/);
    const box = await cell.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(320);
  }
});
