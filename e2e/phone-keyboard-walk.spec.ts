import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { chooseFirstFreeTime } from "./support/booking";

/**
 * Issue 15's outside walk: what a new patient tripped over on a 390 px phone (touch) and by keyboard.
 * Each test failed before its fix.
 */
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test("a failed intake shows its error summary from the heading down on a phone", async ({ page }) => {
  await chooseFirstFreeTime(page);
  await page.getByLabel("Voor- en achternaam").fill("Mira Kok");
  await page.getByRole("button", { name: "Verder naar controleren" }).tap();
  const summary = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: /om naar te kijken/ }) });
  await expect(summary).toBeFocused();
  // The list is taller than the screen; focus alone scrolled only its end into view, hiding the heading.
  await expect(summary.getByRole("heading", { name: /om naar te kijken/ })).toBeInViewport();
});

test("a failed waitlist sign-up puts focus on the first field to fix, with one message per empty date", async ({ page }) => {
  await page.goto("/wachtlijst?dienst=bewegingsketenanalyse");
  await page.getByLabel("Ik wacht tot en met").fill("");
  await page.getByRole("button", { name: "Zet me op de wachtlijst" }).tap();
  await expect(page.getByText("Controleer de gemarkeerde velden.")).toBeVisible();
  // Focus used to fall back to <body> while the view stayed at the button.
  await expect(page.getByLabel("Ik wacht tot en met")).toBeFocused();
  await expect(page.getByLabel("Ik wacht tot en met")).toHaveAccessibleDescription("Kies tot wanneer je wilt wachten.");
  await expect(page.getByLabel("Geboortedatum")).toHaveAccessibleDescription("Vul je geboortedatum in.");
  await expectNoAxeViolations(page);
});

test("drop-down lists are as easy to tap as the text fields (44 px)", async ({ page }) => {
  await page.goto("/wachtlijst?dienst=bewegingsketenanalyse");
  for (const label of ["Behandeling", "Fysiotherapeut", "Naam"]) {
    const box = await page.getByLabel(label, { exact: true }).boundingBox();
    expect(box?.height, label).toBeGreaterThanOrEqual(44);
  }
});
