import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";

test("the home page lists the services and therapists from the database", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle(/Fysiopraktijk Keten/);

  const services = page.getByRole("region", { name: "Behandelingen" });
  await expect(services.getByRole("heading", { name: "Bewegingsketenanalyse" })).toBeVisible();
  await expect(services.getByText("1 uur")).toBeVisible();
  await expect(services.getByRole("heading", { name: "Vervolgbehandeling" })).toBeVisible();
  await expect(services.getByText("30 minuten")).toBeVisible();

  const therapists = page.getByRole("region", { name: "Onze therapeuten" });
  await expect(therapists.getByRole("heading", { name: "Sanne de Vries" })).toBeVisible();
  await expect(therapists.getByRole("heading", { name: "Joris Bakker" })).toBeVisible();

  const nav = page.getByRole("navigation", { name: "Hoofdmenu" });
  for (const label of ["Kennisbank", "Klachtencheck", "Afspraak maken", "Inloggen"]) {
    await expect(nav.getByRole("link", { name: label })).toBeVisible();
  }
  await expect(page.getByRole("contentinfo").getByRole("link", { name: /privacy/i })).toBeVisible();

  await expectNoAxeViolations(page);
});

test("the page is usable at 320 px wide", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto("/");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Afspraak maken" })).toBeVisible();
});
