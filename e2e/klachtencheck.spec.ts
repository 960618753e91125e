import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { answerSelfCheck } from "./support/self-check";

test("red-flag answers give the 'see someone soon' advice and say why", async ({ page }) => {
  await page.goto("/klachtencheck");
  await expectNoAxeViolations(page);
  await answerSelfCheck(page, {
    "Hoe begon het?": "Plotseling, bij sprinten, versnellen of abrupt stoppen",
    "Voelde of hoorde je een knak toen het begon?": "Ja",
    "Kun je op je been staan?": "Nee, dat lukt niet",
  });
  await page.getByRole("button", { name: "Bekijk mijn advies" }).click();

  const advice = page.getByRole("region", { name: /Ons advies/ });
  await expect(advice.getByRole("heading", { name: "Ons advies: laat het snel bekijken" })).toBeFocused();
  await expect(advice).toContainText("huisarts of een fysiotherapeut");
  await expect(advice.getByRole("listitem").filter({ hasText: "Je voelde of hoorde een knak" })).toBeVisible();
  await expect(advice.getByRole("listitem").filter({ hasText: "Je kunt niet op je been staan" })).toBeVisible();
  await expect(advice.getByRole("listitem")).toHaveCount(3); // two reasons and one article link
  // The answers stay in the form, and never in the address bar.
  await expect(page.getByRole("group", { name: "Voelde of hoorde je een knak toen het begon?" }).getByLabel("Ja")).toBeChecked();
  expect(page.url()).not.toContain("?");
  await expectNoAxeViolations(page);

  // The link to the article lands on the section that explains it.
  await advice.getByRole("link", { name: "Overbelast of gescheurd? De drie graden" }).click();
  await expect(page).toHaveURL(/\/kennisbank\/overbelaste-hamstring#overbelast-of-gescheurd-de-drie-graden$/);
  await expect(page.getByRole("heading", { name: "Overbelast of gescheurd? De drie graden" })).toBeInViewport();
});

test("cramp warning signs advise a movement-chain analysis; calm answers advise self-care", async ({ page }) => {
  await page.goto("/klachtencheck");
  await answerSelfCheck(page, { "Hoe vaak krijg je kramp?": "Steeds vaker", "Hoe lang houdt een kramp aan?": "Langer dan een paar minuten" });
  await page.getByRole("button", { name: "Bekijk mijn advies" }).click();
  const advice = page.getByRole("region", { name: /Ons advies/ });
  await expect(advice.getByRole("heading", { name: "Ons advies: plan een bewegingsketenanalyse" })).toBeVisible();
  await expect(advice).toContainText("Je kramp komt steeds vaker.");
  await expect(advice).toContainText("langer aan dan een paar minuten");

  await answerSelfCheck(page);
  await page.getByRole("button", { name: "Advies opnieuw bekijken" }).click();
  await expect(advice.getByRole("heading", { name: "Ons advies: begin met zelfzorg" })).toBeVisible();
  await expect(advice).toContainText("Geen van je antwoorden wijst op een waarschuwingssignaal.");
});

test("an incomplete self-check marks every missing answer and puts the focus on the first", async ({ page }) => {
  await page.goto("/klachtencheck");
  await page.getByRole("group", { name: "Waar heb je last?" }).getByLabel("Ergens anders").check();
  await page.getByRole("button", { name: "Bekijk mijn advies" }).click();
  await expect(page.getByRole("group", { name: "Hoe begon het?" }).getByRole("radio").first()).toBeFocused();
  await expect(page.getByText("Kies een antwoord.")).toHaveCount(12);
  await expectNoAxeViolations(page);
});

test("the self-check can be done with the keyboard alone", async ({ page }) => {
  await page.goto("/klachtencheck");
  await page.getByRole("radio").first().focus();
  // Space picks the focused answer, Tab moves on to the next question: thirteen questions, then the button.
  for (let question = 0; question < 13; question++) {
    await page.keyboard.press("Space");
    await page.keyboard.press("Tab");
  }
  await expect(page.getByRole("button", { name: "Bekijk mijn advies" })).toBeFocused();
  await page.keyboard.press("Enter");
  // The first answer of every question includes a felt pop, so the advice is to have it looked at soon.
  await expect(page.getByRole("heading", { name: "Ons advies: laat het snel bekijken" })).toBeFocused();
});

test("opening the advice address without answers leads back to the empty self-check", async ({ page }) => {
  await page.goto("/klachtencheck/advies");
  await expect(page).toHaveURL(/\/klachtencheck$/);
  await expect(page.getByRole("button", { name: "Bekijk mijn advies" })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the self-check asks for missing answers next to each question", async ({ page }) => {
    await page.goto("/klachtencheck");
    await page.getByRole("group", { name: "Waar heb je last?" }).getByLabel("Ergens anders").check();
    await page.getByRole("button", { name: "Bekijk mijn advies" }).click();
    await expect(page.getByText("Je hebt nog niet alle vragen beantwoord.")).toBeVisible();
    const onset = page.getByRole("group", { name: "Hoe begon het?" });
    await expect(onset).toHaveAttribute("aria-invalid", "true");
    await expect(onset.getByText("Kies een antwoord.")).toBeVisible();
    // What was answered is kept.
    await expect(page.getByRole("group", { name: "Waar heb je last?" }).getByLabel("Ergens anders")).toBeChecked();
  });

  test("the self-check gives its advice, and the booking button carries the answers in a cookie, not the URL", async ({ page, context }) => {
    await page.goto("/klachtencheck");
    await answerSelfCheck(page, { "Zie je zwelling of een blauwe plek?": "Ja" });
    await page.getByRole("button", { name: "Bekijk mijn advies" }).click();
    const advice = page.getByRole("region", { name: /Ons advies/ });
    await expect(advice.getByRole("heading", { name: "Ons advies: laat het snel bekijken" })).toBeVisible();
    await expect(advice).toContainText("Je ziet zwelling of een blauwe plek.");
    expect(page.url()).toMatch(/\/klachtencheck\/advies$/);

    await advice.getByRole("button", { name: "Plan een afspraak" }).click();
    await expect(page).toHaveURL(/\/afspraak$/); // issue 4 builds this page; until then it answers 404
    const cookie = (await context.cookies()).find((c) => c.name === "keten_klachtencheck");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    expect(cookie!.expires - Date.now() / 1000).toBeGreaterThan(7000);
    expect(cookie!.expires - Date.now() / 1000).toBeLessThanOrEqual(7200);
    expect(JSON.parse(decodeURIComponent(cookie!.value))).toMatchObject({ location: "right", onset: "gradual", swellingOrBruising: true, pop: false });
  });
});
