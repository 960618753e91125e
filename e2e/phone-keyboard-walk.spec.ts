import { expect, test, type Page } from "@playwright/test";
import { demo, login } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { chooseFirstFreeTime, fillIntake } from "./support/booking";

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

test("the portal shows a date of birth as the Dutch write it, without a weekday", async ({ page }) => {
  await login(page, demo.patient);
  await page.goto("/portaal/gegevens");
  const birth = page.locator("dt", { hasText: /^Geboortedatum$/ }).locator("xpath=following-sibling::dd[1]");
  await expect(birth).toHaveText(/^\d{2}-\d{2}-\d{4}$/);
  await expectNoAxeViolations(page);
});

/** The whole document fits the phone's width: nothing to scroll sideways. */
async function fitsWidth(page: Page, what: string, width = 390) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth), what).toBeLessThanOrEqual(width);
}

test("a time that is no longer free: focus on the step's heading, and the warning is the next thing read", async ({ page }) => {
  // A start time in the past is never offered, as when someone else booked it a moment ago.
  await page.goto("/afspraak?dienst=bewegingsketenanalyse&therapeut=geen-voorkeur&tijd=2020-01-06T08:00:00.000Z");
  const heading = page.getByRole("heading", { name: "Kies een dag en tijd", exact: true });
  await expect(heading).toBeFocused();
  const warning = page.getByText("Dit tijdstip is niet meer vrij — kies een ander moment");
  await expect(warning).toBeVisible();
  // In reading order the warning follows the heading directly, before the week and its days.
  const order = await page.evaluate(() => {
    const h = [...document.querySelectorAll("h2")].find((e) => e.textContent?.trim() === "Kies een dag en tijd")!;
    const w = [...document.querySelectorAll("*")].find((e) => e.children.length === 0 && e.textContent?.includes("Dit tijdstip is niet meer vrij"))!;
    const week = [...document.querySelectorAll("p")].find((e) => e.textContent?.startsWith("Week van"))!;
    const follows = (a: Node, b: Node) => !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    return { warningAfterHeading: follows(h, w), warningBeforeWeek: follows(w, week) };
  });
  expect(order).toEqual({ warningAfterHeading: true, warningBeforeWeek: true });
});

test("by keyboard, each booking step starts at its heading, and a chosen day at its times", async ({ page }) => {
  const heading = (name: string) => page.getByRole("heading", { name, exact: true });
  await page.goto("/afspraak");
  await expect(heading("Welke afspraak wil je maken?")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: /Bewegingsketenanalyse/ })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(heading("Bij wie?")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: /Geen voorkeur/ })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(heading("Kies een dag en tijd")).toBeFocused();
  await fitsWidth(page, "times");

  // Another day (a link, the page stays): focus goes on to that day's times, not back to the top.
  const otherDays = page.locator("[data-day-list] a:not([aria-current])");
  if ((await otherDays.count()) === 0) {
    await page.getByRole("link", { name: "Volgende week →" }).press("Enter");
    await expect(page.locator("[data-day-list] a[aria-current]")).toHaveCount(1);
  }
  const day = (await otherDays.first().locator("span").first().innerText()).trim();
  await otherDays.first().press("Enter");
  const times = page.getByRole("group", { name: /Vrije tijden op/ });
  await expect(times).toHaveAccessibleName(new RegExp(`^Vrije tijden op ${day}`, "i"));
  await expect(times).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(times.getByRole("button").first()).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(heading("Intake")).toBeFocused();

  await fillIntake(page, { name: "Tess Toetsenbord", email: "tess.toetsenbord@voorbeeld.test" });
  await page.getByRole("button", { name: "Verder naar controleren" }).press("Enter");
  await expect(heading("Controleren en bevestigen")).toBeFocused();
  await expect(heading("Controleren en bevestigen")).toBeInViewport();
  await page.getByRole("button", { name: "Antwoorden wijzigen" }).press("Enter");
  await expect(heading("Intake")).toBeFocused();
  await expect(page.getByLabel("Voor- en achternaam")).toHaveValue("Tess Toetsenbord");
});

test("each answer in the intake is a whole row to tap, 44 px or more", async ({ page }) => {
  await chooseFirstFreeTime(page);
  const rows = page.locator("form label").filter({ has: page.locator('input[type="radio"], input[type="checkbox"]') });
  const heights = await rows.evaluateAll((labels) => labels.map((label) => label.getBoundingClientRect().height));
  expect(heights.length).toBeGreaterThan(20);
  expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);

  // A tap at the far end of a row, away from the box and the words, still answers.
  const tapEnd = async (control: ReturnType<Page["getByLabel"]>) => {
    const row = control.locator("xpath=ancestor::label[1]");
    await row.scrollIntoViewIfNeeded();
    const box = (await row.boundingBox())!;
    await page.touchscreen.tap(box.x + box.width - 4, box.y + box.height - 4);
  };
  const no = page.getByRole("group", { name: "Zie je zwelling of een blauwe plek?", exact: true }).getByLabel("Nee", { exact: true });
  await tapEnd(no);
  await expect(no).toBeChecked();
  const consent = page.getByLabel(/Ik geef toestemming/);
  await tapEnd(consent);
  await expect(consent).toBeChecked();
  await fitsWidth(page, "intake");
});

test("the second step of logging in starts in the code field, and returns there after a wrong code", async ({ page }) => {
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(demo.admin.email);
  await page.getByLabel("Wachtwoord").fill(demo.admin.password);
  await page.keyboard.press("Enter");
  const code = page.getByLabel("Code", { exact: true });
  await expect(code).toBeFocused();
  await page.keyboard.type("000000");
  await page.keyboard.press("Enter");
  await expect(code).toHaveAccessibleDescription(/Deze code klopt niet of is al gebruikt/);
  await expect(code).toBeFocused();
  await fitsWidth(page, "code step");
});

test.describe("on a 320 px phone", () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test("the review, the confirmation and its e-mail in the development mailbox fit without scrolling sideways", async ({ page }) => {
    const fits = (what: string) => fitsWidth(page, what, 320);
    await chooseFirstFreeTime(page);
    await fits("intake");
    await fillIntake(page, { name: "Sam Smal", email: "sam.smal@voorbeeld.test" });
    await page.getByRole("button", { name: "Verder naar controleren" }).tap();
    await expect(page.getByRole("button", { name: "Afspraak bevestigen" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Controleren en bevestigen" })).toBeFocused();
    await fits("review");
    await page.getByRole("button", { name: "Afspraak bevestigen" }).tap();
    await expect(page.getByRole("heading", { name: "Je afspraak is bevestigd" })).toBeFocused();
    await fits("confirmation");
    // The confirmation's subject ("Bevestiging: Bewegingsketenanalyse op …") made /dev/mail 414 px wide.
    await page.goto("/dev/mail");
    const row = page.getByRole("row").filter({ hasText: "sam.smal@voorbeeld.test" }).first();
    await expect(row).toBeVisible();
    await fits("/dev/mail");
    await row.getByRole("link").tap();
    await expect(page.locator("pre")).toBeVisible();
    await fits("one e-mail");
  });
});

test.describe("by keyboard on a desktop", () => {
  test.use({ viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false });

  test("a stopped agenda link no longer shows as the new link", async ({ page }) => {
    await login(page, demo.secondTherapist);
    await page.goto("/praktijk/agenda-abonnement");
    await page.getByRole("button", { name: /Agendalink maken|Nieuwe link maken/ }).focus();
    await page.keyboard.press("Enter");
    const shown = page.getByText(/Je nieuwe agendalink/);
    await expect(shown).toBeVisible();
    await page.getByRole("button", { name: "Abonnement stoppen" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByText("Het agenda-abonnement is gestopt. De link werkt niet meer.")).toBeVisible();
    await expect(shown).toHaveCount(0);
    await expect(page.locator("[data-feed-url]")).toHaveCount(0);
  });

  test("each booking step, a page load of its own, names itself in the page title", async ({ page }) => {
    await page.goto("/afspraak");
    await expect(page).toHaveTitle(/^Afspraak maken ·/);
    await page.getByRole("button", { name: /Bewegingsketenanalyse/ }).focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveTitle(/^Kies een therapeut · Afspraak maken/);
    await expect(page.getByRole("heading", { name: "Bij wie?" })).toBeFocused();
    await page.getByRole("button", { name: /Geen voorkeur/ }).focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveTitle(/^Kies een dag en tijd · Afspraak maken/);
    await expect(page.getByRole("heading", { name: "Kies een dag en tijd" })).toBeFocused();
    await page.getByRole("group", { name: /Vrije tijden op/ }).getByRole("button").first().focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveTitle(/^Intake · Afspraak maken/);
    await expect(page.getByRole("heading", { name: "Intake", exact: true })).toBeFocused();
  });
});
