import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { chooseFirstFreeTime, fillIntake, openLatestEmail } from "./support/booking";
import { answerSelfCheck } from "./support/self-check";

async function expectValidInvite(page: Page): Promise<string> {
  const href = await page.getByRole("link", { name: "Agenda-uitnodiging downloaden (REQUEST)" }).getAttribute("href");
  const response = await page.request.get(href!);
  expect(response.headers()["content-type"]).toContain("text/calendar");
  const ics = await response.text();
  const lines = ics.replace(/\r\n /g, "").split("\r\n");
  expect(lines[0]).toBe("BEGIN:VCALENDAR");
  expect(lines).toContain("METHOD:REQUEST");
  expect(lines).toContain("SEQUENCE:0");
  expect(lines).toContain("TZID:Europe/Amsterdam");
  expect(lines.find((l) => l.startsWith("UID:"))).toMatch(/^UID:[0-9a-f-]{36}@keten$/);
  // The last DTSTART is the event's (the VTIMEZONE has its own).
  expect(lines.filter((l) => l.startsWith("DTSTART")).at(-1)).toMatch(/^DTSTART;TZID=Europe\/Amsterdam:\d{8}T\d{6}$/);
  expect(lines).toContain("END:VCALENDAR");
  return ics;
}

test("a new patient books an intake analysis, sees the advice, and gets a confirmation with a valid invite", async ({ page }) => {
  await chooseFirstFreeTime(page);
  await expectNoAxeViolations(page);
  await fillIntake(page, { name: "Fenna Mulder", email: "Fenna@Voorbeeld.test" });
  await page.getByRole("button", { name: "Verder naar controleren" }).click();

  await expect(page.getByRole("heading", { name: "Controleren en bevestigen" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Ons advies/ })).toBeVisible();
  await expect(page.getByText("Korfbal")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Afspraak bevestigen" }).click();

  await expect(page).toHaveURL(/\/afspraak\/bevestigd$/);
  await expect(page.getByRole("heading", { name: "Je afspraak is bevestigd" })).toBeVisible();
  await expect(page.getByText("fenna@voorbeeld.test")).toBeVisible();
  await expect(page.getByText("Bewegingsketenanalyse (1 uur)")).toBeVisible();
  await expect(page.getByRole("link", { name: "de pagina Praktisch" })).toHaveAttribute("href", "/praktisch");
  await expectNoAxeViolations(page);

  const text = await openLatestEmail(page, "fenna@voorbeeld.test");
  expect(text).toContain("Je afspraak is bevestigd: Bewegingsketenanalyse (1 uur)");
  expect(text).toMatch(/\/wachtwoord\/activeren\/[A-Za-z0-9_-]{43}/);
  await expectValidInvite(page);

  // The manage link in the e-mail opens the appointment (whether it can still be changed online depends on
  // how soon it is: the first free time may be within the 24-hour cut-off).
  await page.getByRole("link", { name: /\/afspraak\/beheer\// }).click();
  await expect(page.getByRole("heading", { name: "Je afspraak", exact: true })).toBeVisible();
  await expect(page.getByText("Bewegingsketenanalyse (1 uur)")).toBeVisible();
});

test("someone with a warning sign is told plainly to have it looked at soon, and can still book", async ({ page }) => {
  await chooseFirstFreeTime(page);
  await fillIntake(page, { name: "Bram Smit", email: "bram@voorbeeld.test" }, { "Voelde of hoorde je een knak toen het begon?": "Ja" });
  await page.getByRole("button", { name: "Verder naar controleren" }).click();
  await expect(page.getByRole("heading", { name: "Ons advies: laat het vandaag of morgen bekijken" })).toBeVisible();
  await expect(page.getByText(/Wacht daar niet mee: bel je huisarts of een fysiotherapeut/)).toBeVisible();
  await expect(page.getByText(/Je voelde of hoorde een knak/)).toBeVisible();
  await page.getByRole("button", { name: "Afspraak bevestigen" }).click();
  await expect(page.getByRole("heading", { name: "Je afspraak is bevestigd" })).toBeVisible();
  await expect(page.getByText(/Wacht daar niet mee/)).toBeVisible();
});

test("an incomplete intake shows each error next to its field and keeps what was typed", async ({ page }) => {
  await chooseFirstFreeTime(page);
  await page.getByLabel("Voor- en achternaam").fill("Fenna Mulder");
  await page.getByLabel("Pijn nu (0 = geen, 10 = ergst denkbaar)").fill("12");
  await page.getByRole("group", { name: "Waar heb je last?", exact: true }).getByLabel("Ergens anders").check();
  await page.getByRole("button", { name: "Verder naar controleren" }).click();

  await expect(page.getByRole("heading", { name: /vragen om naar te kijken/ })).toBeVisible();
  await expect(page.getByLabel("Voor- en achternaam")).toHaveValue("Fenna Mulder");
  await expect(page.getByRole("group", { name: "Waar heb je last?", exact: true }).getByLabel("Ergens anders")).toBeChecked();
  await expect(page.getByLabel("Pijn nu (0 = geen, 10 = ergst denkbaar)")).toHaveAccessibleDescription("Geef de pijn nu een cijfer van 0 tot 10.");
  await expect(page.getByLabel("Waar precies?")).toHaveAccessibleDescription(/Beschrijf waar je last hebt\./);
  await expect(page.getByRole("group", { name: "Hoe begon het?", exact: true })).toHaveAccessibleDescription("Kies een antwoord.");
  await expect(page.getByLabel("E-mailadres")).toHaveAccessibleDescription(/Vul je e-mailadres in\./);
  await expect(page.getByLabel(/Ik geef toestemming/)).toHaveAccessibleDescription(/Geef toestemming/);
  await expectNoAxeViolations(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the whole booking works as plain forms", async ({ page }) => {
    await chooseFirstFreeTime(page);
    await fillIntake(page, { name: "Sem Jansen", email: "sem@voorbeeld.test" });
    await page.getByRole("button", { name: "Verder naar controleren" }).click();
    await expect(page.getByRole("heading", { name: "Controleren en bevestigen" })).toBeVisible();
    await page.getByRole("button", { name: "Afspraak bevestigen" }).click();
    await expect(page).toHaveURL(/\/afspraak\/bevestigd$/);
    await expect(page.getByRole("heading", { name: "Je afspraak is bevestigd" })).toBeVisible();
    await openLatestEmail(page, "sem@voorbeeld.test");
    await expectValidInvite(page);
  });

  test("two patients confirm the same time: one gets it, the other is told it was just booked and keeps every answer", async ({ browser }) => {
    const contexts = await Promise.all([browser.newContext({ javaScriptEnabled: false }), browser.newContext({ javaScriptEnabled: false })]);
    const [first, second] = await Promise.all(contexts.map((context) => context.newPage()));
    for (const [page, name] of [[first!, "Ilse Visser"], [second!, "Jan Visser"]] as const) {
      await chooseFirstFreeTime(page);
      await fillIntake(page, { name, email: `${name.split(" ")[0]!.toLowerCase()}@voorbeeld.test` });
      await page.getByRole("button", { name: "Verder naar controleren" }).click();
      await expect(page.getByRole("heading", { name: "Controleren en bevestigen" })).toBeVisible();
    }
    await first!.getByRole("button", { name: "Afspraak bevestigen" }).click();
    await expect(first!).toHaveURL(/\/afspraak\/bevestigd$/);

    await second!.getByRole("button", { name: "Afspraak bevestigen" }).click();
    await expect(second!.getByText("Dit tijdstip is net geboekt")).toBeVisible();
    // The answers are still there: choosing one of the fresh times books with them.
    await expect(second!.getByText("jan@voorbeeld.test")).toBeVisible();
    await second!.getByRole("radio").first().check();
    await second!.getByRole("button", { name: "Afspraak bevestigen" }).click();
    await expect(second!).toHaveURL(/\/afspraak\/bevestigd$/);
    await Promise.all(contexts.map((context) => context.close()));
  });

  test("errors keep the input without JavaScript too", async ({ page }) => {
    await chooseFirstFreeTime(page);
    await page.getByLabel("Voor- en achternaam").fill("Sem Jansen");
    await page.getByRole("button", { name: "Verder naar controleren" }).click();
    await expect(page.getByLabel("Voor- en achternaam")).toHaveValue("Sem Jansen");
    await expect(page.getByLabel("E-mailadres")).toHaveAccessibleDescription(/Vul je e-mailadres in\./);
  });
});

test("answers from the self-check are filled in, and cleared once the booking is made", async ({ page, context }) => {
  await page.goto("/klachtencheck");
  await answerSelfCheck(page, { "Zie je zwelling of een blauwe plek?": "Ja" });
  await page.getByRole("region", { name: /Ons advies/ }).getByRole("button", { name: "Plan een afspraak" }).click();
  await expect(page).toHaveURL(/\/afspraak$/);

  await chooseFirstFreeTime(page);
  await expect(page.getByText("We hebben je antwoorden uit de klachtencheck alvast ingevuld.")).toBeVisible();
  await expect(page.getByRole("group", { name: "Zie je zwelling of een blauwe plek?", exact: true }).getByLabel("Ja", { exact: true })).toBeChecked();
  await expect(page.getByRole("group", { name: "Waar heb je last?", exact: true }).getByLabel("Achterkant rechterbovenbeen (hamstring rechts)")).toBeChecked();

  await fillIntake(page, { name: "Iris de Wit", email: "iris@voorbeeld.test" }, { "Zie je zwelling of een blauwe plek?": "Ja" });
  await page.getByRole("button", { name: "Verder naar controleren" }).click();
  await expect(page.getByText(/Je ziet zwelling of een blauwe plek/)).toBeVisible();
  await page.getByRole("button", { name: "Afspraak bevestigen" }).click();
  await expect(page.getByRole("heading", { name: "Je afspraak is bevestigd" })).toBeVisible();
  expect((await context.cookies()).find((c) => c.name === "keten_klachtencheck")).toBeUndefined();
});
