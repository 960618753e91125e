import { expect, test, type Page } from "@playwright/test";
import { login } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { portalPatients } from "./support/portal-accounts";

/**
 * The portal opens on today's checklist, on a phone. Eva (fixture) is in phase 2 and logged a session
 * yesterday whose morning score is still open. Which of her exercises are due depends on the weekday
 * (3× a week: Monday, Wednesday, Friday), so the test opens the folded list when it holds the ones it ticks.
 */
const { eva } = portalPatients;

async function showAll(page: Page) {
  const other = page.locator("details").filter({ hasText: "Andere oefeningen uit deze fase" });
  if ((await other.count()) && !(await other.evaluate((d) => (d as HTMLDetailsElement).open))) await other.locator("summary").click();
}

async function expectNoSideways(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);
}

const group = (page: Page, name: string) => page.getByRole("group", { name, exact: true });

test.describe("on a 320 px phone", () => {
  test.use({ viewport: { width: 320, height: 640 }, hasTouch: true });

  test("nothing is ticked in advance; one save stores each exercise, the pain once and the note", async ({ page }) => {
    await login(page, eva);
    await expect(page).toHaveURL(/\/portaal$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vandaag");
    await expect(page.getByRole("radio", { checked: true })).toHaveCount(0);
    await expectNoSideways(page);
    await expectNoAxeViolations(page);

    // Saving with nothing chosen says what to do and stores nothing.
    await page.getByRole("button", { name: "Opslaan" }).click();
    await expect(page.getByText("Kies bij minstens één oefening of je hem gedaan, overgeslagen of aangepast hebt.").first()).toBeVisible();

    await showAll(page);
    await group(page, "Nordic hamstring curl").getByLabel("Gedaan", { exact: true }).check();
    await group(page, "Nordic hamstring curl").getByLabel("Hoe zwaar voelde het?").selectOption("te-zwaar");
    await group(page, "Bilbrug (glute bridge)").getByLabel("Overgeslagen").check();
    await group(page, "Plankvariaties").getByLabel("Gedaan, aangepast").check();
    // Pain is asked once for the whole session, not per exercise.
    await expect(page.getByLabel("Pijn tijdens het oefenen")).toHaveCount(1);
    await page.getByLabel("Pijn tijdens het oefenen").selectOption("3");
    await page.getByLabel("Notitie (mag leeg blijven)").fill("Plank op de knieën gedaan.");
    await page.getByRole("button", { name: "Opslaan" }).click();
    await expect(page.getByText("3 oefeningen opgeslagen.", { exact: false })).toBeVisible();

    await page.reload();
    await showAll(page);
    await expect(group(page, "Nordic hamstring curl").getByLabel("Gedaan", { exact: true })).toBeChecked();
    await expect(group(page, "Nordic hamstring curl").getByLabel("Hoe zwaar voelde het?")).toHaveValue("te-zwaar");
    await expect(group(page, "Bilbrug (glute bridge)").getByLabel("Overgeslagen")).toBeChecked();
    await expect(group(page, "Plankvariaties").getByLabel("Gedaan, aangepast")).toBeChecked();
    await expect(group(page, "Dead bug").getByRole("radio", { checked: true })).toHaveCount(0);
    await expect(page.getByLabel("Pijn tijdens het oefenen")).toHaveValue("3");
    await expect(page.getByLabel("Notitie (mag leeg blijven)")).toHaveValue("Plank op de knieën gedaan.");
    await expectNoSideways(page);

    // A hold exercise has a timer with a visible countdown and the set it is on.
    const plank = group(page, "Plankvariaties");
    await plank.getByRole("button", { name: /Timer van Plankvariaties starten: set 1 van 3, 45 seconden/ }).click();
    await expect(plank.getByRole("timer")).toBeVisible();
    await expect(plank.getByRole("timer")).toHaveAccessibleName(/Plankvariaties: nog (44|45) seconden/);
    await plank.getByRole("button", { name: "Timer van Plankvariaties stoppen" }).click();
    await expect(plank.getByRole("timer")).toHaveCount(0);
  });
});

test.describe("on a 390 px phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, reducedMotion: "reduce" });

  test("the morning question turns yesterday's scores into advice; yesterday can still be corrected", async ({ page }) => {
    await login(page, eva);
    // Yesterday: 4/10 during. Until the morning score is in, the advice waits (today's session, saved in the
    // test before, waits too).
    await expect(page.getByRole("region", { name: /Advies na je sessie/ })).toContainText("Nog even afwachten");
    await expect(page.getByRole("region", { name: /Advies na je sessie/ })).not.toContainText("Zo houden");
    await page.getByLabel("Hoe voelt het vanochtend?").selectOption("1");
    await page.getByRole("button", { name: "Opslaan" }).click();
    await expect(page.getByText(/je pijn van vanochtend is genoteerd/i)).toBeVisible();
    const advice = page.getByRole("region", { name: /Advies na je sessie/ });
    await expect(advice).toContainText("Zo houden");
    await expect(advice).toContainText("Tijdens het oefenen 4/10, de ochtend erna 1/10");
    await expect(page.getByLabel("Hoe voelt het vanochtend?")).toHaveCount(0);
    await expectNoSideways(page);

    // Reduced motion: the countdown is there, the moving bar is not.
    await showAll(page);
    const plank = group(page, "Plankvariaties");
    await plank.getByRole("button", { name: /Timer van Plankvariaties starten/ }).click();
    await expect(plank.getByRole("timer")).toBeVisible();
    await expect(plank.locator(".motion-reduce\\:hidden")).toBeHidden();

    await page.getByRole("link", { name: "Gisteren nog vastleggen of aanpassen" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Gisteren");
    await showAll(page);
    await expect(group(page, "Nordic hamstring curl").getByLabel("Gedaan", { exact: true })).toBeChecked();
    await group(page, "Bird dog").getByLabel("Gedaan", { exact: true }).check();
    await page.getByRole("button", { name: "Opslaan" }).click();
    // Nordic (saved yesterday, still ticked) and Bird dog.
    await expect(page.getByText("2 oefeningen bijgewerkt.", { exact: false })).toBeVisible();
    await expectNoSideways(page);
    await expectNoAxeViolations(page);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });

  test("the checklist saves and the timer is plain text", async ({ page }) => {
    await login(page, eva);
    await showAll(page);
    const plank = group(page, "Plankvariaties");
    await expect(plank.getByText("Houd 45 seconden vast, 3 sets")).toBeVisible();
    await expect(plank.getByRole("button")).toHaveCount(0);
    await group(page, "Dead bug").getByLabel("Gedaan", { exact: true }).check();
    await page.getByRole("button", { name: "Opslaan" }).click();
    // The three saved this morning (still ticked) and Dead bug.
    await expect(page.getByText("4 oefeningen bijgewerkt.", { exact: false })).toBeVisible();
  });
});

test("the paper plan: the current phase only, with a tick-box grid for the coming four weeks", async ({ page }) => {
  await login(page, eva);
  await page.goto(`/portaal/plan/${eva.planId}/afdrukken`);
  await expect(page.getByRole("heading", { level: 2, name: /^Fase \d:/ })).toHaveCount(4);
  await page.getByRole("link", { name: "Alleen de huidige fase afdrukken" }).click();
  await expect(page.getByRole("heading", { level: 2, name: /^Fase \d:/ })).toHaveCount(1);
  const weeks = page.getByRole("table", { name: /^Week van / });
  await expect(weeks).toHaveCount(4);
  // Nordic curls 3× a week: Monday, Wednesday, Friday to tick, rest days in between.
  await expect(weeks.first().getByRole("row", { name: /Nordic hamstring curl/ }).getByRole("cell")).toHaveText(["☐", "–", "☐", "–", "☐", "–", "–"]);
  await expectNoAxeViolations(page);
});
