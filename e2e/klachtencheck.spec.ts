import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { answerSelfCheck } from "./support/self-check";

const ADVICE = "Ons advies: laat het vandaag of morgen bekijken";

test("signs of a tear: today or tomorrow, the phone as a tel: link, the first short-notice times, when to go to the huisarts", async ({ page }) => {
  await page.goto("/klachtencheck");
  await expectNoAxeViolations(page);
  const asked = await answerSelfCheck(page, {
    "Hoe begon het?": "Plotseling, bij sprinten, versnellen of abrupt stoppen",
    "Voelde of hoorde je een knak toen het begon?": "Ja",
    "Kun je op je been staan?": "Nee, dat lukt niet",
  });
  // The check stops as soon as the advice is clear: no cramp questions after signs of a tear.
  expect(asked).not.toContain("Hoe lang houdt een kramp aan?");

  const advice = page.getByRole("region", { name: /Ons advies/ });
  await expect(advice.getByRole("heading", { name: ADVICE })).toBeFocused();
  await expect(advice.getByRole("link", { name: "030 123 45 67" })).toHaveAttribute("href", "tel:+31301234567");
  await expect(advice.getByRole("heading", { name: /De eerste vrije tijden/ })).toBeVisible();
  const firstTime = advice.getByRole("link", { name: /\d{1,2}:\d{2}/ }).first();
  await expect(firstTime).toHaveAttribute("href", /\/afspraak\?dienst=.+&tijd=/);
  await expect(advice.getByRole("heading", { name: "Wanneer naar de huisarts of de huisartsenpost?" })).toBeVisible();
  await expect(advice).toContainText("huisartsenpost");
  await expect(advice.getByRole("listitem").filter({ hasText: "Je voelde of hoorde een knak" })).toBeVisible();
  await expect(advice.getByRole("listitem").filter({ hasText: "Je kunt niet op je been staan" })).toBeVisible();
  expect(page.url()).not.toContain("?");
  await expectNoAxeViolations(page);

  // The link to the article lands on the section that explains it.
  await advice.getByRole("link", { name: "Overbelast of gescheurd? De drie graden" }).click();
  await expect(page).toHaveURL(/\/kennisbank\/overbelaste-hamstring#overbelast-of-gescheurd-de-drie-graden$/);
});

test("pain elsewhere: 'made for the hamstring', general advice and booking, never self-care", async ({ page }) => {
  await page.goto("/klachtencheck");
  const asked = await answerSelfCheck(page, { "Waar heb je last?": "Ergens anders" });
  expect(asked).toEqual(["Waar heb je last?", "Hoe begon het?"]);
  await expect(page.getByRole("heading", { name: "Deze check is gemaakt voor de hamstring" })).toBeFocused();
  await expect(page.getByText(/begin met zelfzorg/i)).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Plan een afspraak" })).toHaveAttribute("href", "/afspraak");
  await expectNoAxeViolations(page);
});

test("no cramp: the cramp follow-up questions are skipped; cramp warning signs advise an analysis", async ({ page }) => {
  await page.goto("/klachtencheck");
  const noCramp = await answerSelfCheck(page, { "Hoe lang houdt een kramp aan?": "Ik heb geen kramp" });
  expect(noCramp).not.toContain("Hoe vaak krijg je kramp?");
  expect(noCramp).not.toContain("Krijg je kramp terwijl je je nauwelijks inspant?");
  expect(noCramp).not.toContain("Voelde of hoorde je een knak toen het begon?"); // it came on gradually
  await expect(page.getByRole("heading", { name: "Ons advies: begin met zelfzorg" })).toBeVisible();

  await page.getByRole("button", { name: "Opnieuw beginnen" }).click();
  await expect(page).toHaveURL(/\/klachtencheck$/);
  const cramp = await answerSelfCheck(page, { "Hoe vaak krijg je kramp?": "Steeds vaker", "Hoe lang houdt een kramp aan?": "Langer dan een paar minuten" });
  expect(cramp).toContain("Hoe vaak krijg je kramp?");
  const advice = page.getByRole("region", { name: /Ons advies/ });
  await expect(advice.getByRole("heading", { name: "Ons advies: plan een bewegingsketenanalyse" })).toBeVisible();
  await expect(advice).toContainText("Je kramp komt steeds vaker.");
});

test("an incomplete step names each open question, links to it and puts the focus on the first", async ({ page }) => {
  await page.goto("/klachtencheck");
  await page.getByRole("group", { name: "Waar heb je last?" }).getByLabel("Achterkant linkerbovenbeen (hamstring links)").check();
  await page.getByRole("button", { name: "Verder" }).click();
  await expect(page.getByRole("group", { name: "Hoe begon het?" }).getByRole("radio").first()).toBeFocused();
  await expect(page.getByRole("link", { name: "Hoe begon het?" })).toBeVisible();
  await expect(page.getByRole("group", { name: "Waar heb je last?" }).getByLabel("Achterkant linkerbovenbeen (hamstring links)")).toBeChecked();
  await expectNoAxeViolations(page);
});

test("opening the advice address without answers leads back to the first step", async ({ page }) => {
  await page.goto("/klachtencheck/advies");
  await expect(page).toHaveURL(/\/klachtencheck$/);
  await expect(page.getByRole("button", { name: "Verder" })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the steps and the advice work, and the booking button carries the answers in a cookie, not the URL", async ({ page, context }) => {
    await page.goto("/klachtencheck");
    await answerSelfCheck(page, { "Zie je zwelling of een blauwe plek?": "Ja" });
    const advice = page.getByRole("region", { name: /Ons advies/ });
    await expect(advice.getByRole("heading", { name: ADVICE })).toBeVisible();
    await expect(advice).toContainText("Je ziet zwelling of een blauwe plek.");
    expect(page.url()).toMatch(/\/klachtencheck\/advies$/);

    await advice.getByRole("button", { name: "Plan een afspraak" }).click();
    await expect(page).toHaveURL(/\/afspraak$/);
    const cookie = (await context.cookies()).find((c) => c.name === "keten_klachtencheck");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    expect(JSON.parse(decodeURIComponent(cookie!.value))).toMatchObject({ location: "right", onset: "gradual", swellingOrBruising: true });
  });
});
