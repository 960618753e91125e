import { expect, test, type Page } from "@playwright/test";
import { startOfIsoWeek, isoWeekday, todayIn } from "@/lib/time/zone";
import { expectNoAxeViolations } from "./support/axe";
import { chooseFirstFreeTime, fillIntake, openLatestEmail } from "./support/booking";
import { portalPatients } from "./support/portal-accounts";

/** Issue 12: booking and intake as a keyboard user, a hurried user and a returning patient meet them. */

test.use({ viewport: { width: 1280, height: 900 } });

const timeButtons = (page: Page) => page.getByRole("group", { name: /Vrije tijden op/ }).getByRole("button");

test("nothing is chosen for the visitor, the keyboard browses times without choosing, and the intake shows the moment chosen", async ({ page }) => {
  await page.goto("/afspraak");
  // Point 14: no treatment, therapist or time is preselected, and there is no "Verder" to press without a choice.
  await expect(page.locator('[aria-pressed="true"]')).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Verder" })).toHaveCount(0);
  await page.getByRole("button", { name: /Bewegingsketenanalyse/ }).click();
  await expect(page.locator('[aria-pressed="true"]')).toHaveCount(0);
  await page.getByRole("button", { name: /Geen voorkeur/ }).click();
  await expect(timeButtons(page).first()).toBeVisible();
  await expect(page.locator('[aria-pressed="true"]')).toHaveCount(0);

  const browsing = page.url();
  await timeButtons(page).first().focus();
  for (const key of ["ArrowRight", "ArrowDown", "ArrowLeft", "Tab"]) await page.keyboard.press(key);
  expect(page.url()).toBe(browsing);
  await expect(page.getByRole("heading", { name: "Intake" })).toHaveCount(0);

  // Point 16: at 1280 px every day's name fits its card.
  const overflowing = await page
    .getByRole("list", { name: "Dagen in deze week" })
    .locator("li > *")
    .evaluateAll((cards) => cards.filter((card) => card.scrollWidth > card.clientWidth).length);
  expect(overflowing).toBe(0);

  // Point 13: Enter chooses; the intake says which day, time and therapist.
  const day = (await page.getByRole("group", { name: /Vrije tijden op/ }).locator("legend").innerText()).replace("Vrije tijden op ", "");
  const time = await timeButtons(page).first().innerText();
  await timeButtons(page).first().focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Intake" })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: `${day}, ${time}–` })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: /^(Sanne de Vries|Joris Bakker)$/ })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("days gone by this week say so instead of 'vol of gesloten'", async ({ page }) => {
  const today = todayIn(new Date());
  await page.goto(`/afspraak?dienst=bewegingsketenanalyse&therapeut=geen-voorkeur&week=${startOfIsoWeek(today)}`);
  const week = page.getByRole("list", { name: "Dagen in deze week" });
  await expect(week.getByText("voorbij", { exact: true })).toHaveCount(isoWeekday(today) - 1);
});

test("a failed submit names each question, takes focus, links to the fields and keeps every answer", async ({ page }) => {
  await chooseFirstFreeTime(page);
  await page.getByLabel("Sinds wanneer heb je last?").selectOption({ label: "1 tot 4 weken" });
  await page.getByLabel("Voor- en achternaam").fill("Fenna Mulder");
  await page.getByRole("group", { name: "Hoe begon het?", exact: true }).getByLabel("Geleidelijk, door steeds opnieuw belasten").check();
  await page.getByRole("button", { name: "Verder naar controleren" }).click();

  // Point 15: the summary has focus, names the questions in the form's order, one line each.
  const summary = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: /om naar te kijken/ }) });
  await expect(summary).toBeFocused();
  const links = summary.getByRole("link");
  await expect(links.nth(0)).toHaveText("Waar heb je last?");
  await expect(links.nth(1)).toHaveText("Pijn nu (0 = geen, 10 = ergst denkbaar)");
  const names = await links.allInnerTexts();
  expect(new Set(names).size).toBe(names.length);
  expect(names).not.toContain("Sinds wanneer heb je last?");
  expect(names.indexOf("Telefoonnummer")).toBeGreaterThan(names.indexOf("Wat wil je weer kunnen?"));
  await expect(page.getByLabel("Telefoonnummer")).toHaveAccessibleDescription("Vul je telefoonnummer in.");
  await summary.getByRole("link", { name: "Telefoonnummer" }).click();
  await expect(page.getByLabel("Telefoonnummer")).toBeFocused();

  // Point 11: every answer as given, the select too, and the next submit goes through.
  await expect(page.getByLabel("Sinds wanneer heb je last?")).toHaveValue("one_to_four_weeks");
  await expect(page.getByLabel("Voor- en achternaam")).toHaveValue("Fenna Mulder");
  await expect(page.getByRole("group", { name: "Hoe begon het?", exact: true }).getByLabel("Geleidelijk, door steeds opnieuw belasten")).toBeChecked();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Verder naar controleren" }).click();
  await expect(page.getByLabel("Sinds wanneer heb je last?")).toHaveValue("one_to_four_weeks");
  await expect(summary.getByRole("link", { name: "Sinds wanneer heb je last?" })).toHaveCount(0);
});

test("changing the time or the treatment from the intake keeps every answer", async ({ page }) => {
  await chooseFirstFreeTime(page);
  await page.getByRole("group", { name: "Waar heb je last?", exact: true }).getByLabel("Achterkant van beide bovenbenen").check();
  await page.getByLabel("Sinds wanneer heb je last?").selectOption({ label: "Langer dan 3 maanden" });
  await page.getByRole("group", { name: "Wat doet pijn?", exact: true }).getByLabel("Traplopen").check();
  await page.getByLabel("Wat wil je weer kunnen?").fill("Zonder pijn de trap op naar mijn werk.");
  await page.getByLabel("Voor- en achternaam").fill("Ruud Kramer");

  const kept = async () => {
    await expect(page.getByRole("heading", { name: "Intake" })).toBeVisible();
    await expect(page.getByRole("group", { name: "Waar heb je last?", exact: true }).getByLabel("Achterkant van beide bovenbenen")).toBeChecked();
    await expect(page.getByLabel("Sinds wanneer heb je last?")).toHaveValue("longer");
    await expect(page.getByRole("group", { name: "Wat doet pijn?", exact: true }).getByLabel("Traplopen")).toBeChecked();
    await expect(page.getByLabel("Wat wil je weer kunnen?")).toHaveValue("Zonder pijn de trap op naar mijn werk.");
    await expect(page.getByLabel("Voor- en achternaam")).toHaveValue("Ruud Kramer");
  };

  await page.getByRole("link", { name: "Ander moment kiezen" }).click();
  await timeButtons(page).last().click();
  await kept();

  await page.getByRole("link", { name: "wijzigen" }).first().click();
  await page.getByRole("button", { name: /Vervolgbehandeling/ }).click();
  await page.getByRole("button", { name: /Geen voorkeur/ }).click();
  await timeButtons(page).first().click();
  await kept();
});

test("copy: Dutch dates, advice that fits a booking, and the login page on the invitation", async ({ page }) => {
  await page.goto("/inloggen");
  await expect(page.getByText(/in de bevestiging die je dan per e-mail krijgt, zit een uitnodiging/)).toBeVisible();

  await chooseFirstFreeTime(page);
  await fillIntake(page, { name: "Lies Bakker", email: "lies@voorbeeld.test" });
  await page.getByRole("button", { name: "Verder naar controleren" }).click();
  await expect(page.getByText("17 mei 1990")).toBeVisible();
  await expect(page.getByText("1990-05-17")).toHaveCount(0);
  await page.getByRole("button", { name: "Afspraak bevestigen" }).click();
  await expect(page.getByRole("heading", { name: "Je afspraak is bevestigd" })).toBeVisible();
  await expect(page.getByText(/Plan een bewegingsketenanalyse/i)).toHaveCount(0);
  const mail = await openLatestEmail(page, "lies@voorbeeld.test");
  expect(mail).not.toMatch(/knop/i);
});

test("a booking with the address of an existing account waits for its owner, who confirms with the link", async ({ page }) => {
  const owner = portalPatients.dirk;
  await chooseFirstFreeTime(page);
  await fillIntake(page, { name: "Iemand Anders", email: owner.email });
  await page.getByRole("button", { name: "Verder naar controleren" }).click();
  await page.getByRole("button", { name: "Afspraak bevestigen" }).click();

  // Point 6: the visitor is told plainly that nothing is fixed yet, and what happens next.
  await expect(page.getByRole("heading", { name: "Nog één stap: bevestig je afspraak" })).toBeVisible();
  await expect(page.getByText(/We houden deze tijd 30 minuten voor je vrij, tot \d{2}:\d{2}/)).toBeVisible();
  await expect(page.getByText(/Pas na je bevestiging staan de afspraak en je antwoorden in je dossier/)).toBeVisible();
  await expectNoAxeViolations(page);

  const mail = await openLatestEmail(page, owner.email);
  expect(mail).not.toContain("Iemand Anders");
  await page.getByRole("link", { name: /\/afspraak\/bevestigen\// }).click();
  await expect(page.getByRole("heading", { name: "Afspraak bevestigen" })).toBeVisible();
  await expect(page.getByText("Iemand Anders")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Afspraak bevestigen" }).click();
  await expect(page).toHaveURL(/\/afspraak\/beheer\/[A-Za-z0-9_-]{43}\?bevestigd=1$/);
  await expect(page.getByText("Je afspraak is bevestigd en staat vast.")).toBeVisible();
});
