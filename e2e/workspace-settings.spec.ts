import { expect, test, type Page } from "@playwright/test";
import { demo, login } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { openLatestEmail } from "./support/booking";

/**
 * The workspace's settings: a therapist's own opening hours and absences (the public booking follows at
 * once), the admin's audit log with its filters, and team accounts. Therapists cannot open the admin pages.
 */

const ZONE = "Europe/Amsterdam";

/** Today's date in Amsterdam as YYYY-MM-DD. */
function today(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
}

function addDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

function weekday(date: string): number {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** "maandag 20 april", as the booking's day list shows a date. */
function dayLabel(date: string): string {
  return new Intl.DateTimeFormat("nl-NL", { timeZone: "UTC", weekday: "long", day: "numeric", month: "long" }).format(new Date(`${date}T12:00:00Z`));
}

/** A Monday well inside the booking horizon and clear of the other specs' fixtures (those lie in the first ten days). */
function quietMonday(): string {
  let date = addDays(today(), 17);
  while (weekday(date) !== 1) date = addDays(date, 1);
  return date;
}

async function bookingDay(page: Page, date: string) {
  const monday = addDays(date, 1 - weekday(date));
  await page.goto(`/afspraak?dienst=vervolgbehandeling&therapeut=sanne-de-vries&week=${monday}`);
  // A day card shows the weekday and the date on lines of their own (issue 12): match them with or without a space.
  const [weekdayName, ...rest] = dayLabel(date).split(" ");
  return page.getByRole("list", { name: "Dagen in deze week" }).getByRole("listitem").filter({ hasText: new RegExp(`^${weekdayName}\\s*${rest.join(" ")}`) });
}

test("a therapist changes her opening hours and adds an absence; the public booking no longer offers that day", async ({ page, browser }) => {
  const date = quietMonday();
  const visitor = await (await browser.newContext()).newPage();
  await expect(await bookingDay(visitor, date)).toContainText("tijden vrij");

  await login(page, demo.therapist);
  await page.goto("/praktijk/openingstijden");
  await expect(page.getByRole("heading", { name: "Openingstijden en afwezigheid" })).toBeVisible();
  await expect(page.getByLabel("Behandelaar")).toHaveCount(0);
  await expectNoAxeViolations(page);

  // An overlapping block is refused next to the field (what was typed stays); a new Saturday block is added.
  const hours = page.getByRole("region", { name: "Vaste werktijden", exact: true });
  await hours.getByLabel("Dag", { exact: true }).selectOption({ label: "maandag" });
  await hours.getByLabel("Van", { exact: true }).fill("16:00");
  await hours.getByLabel("Tot", { exact: true }).fill("18:00");
  await hours.getByRole("button", { name: "Werktijden toevoegen" }).click();
  await expect(hours.getByLabel("Van", { exact: true })).toHaveAccessibleDescription(/overlappen met maandag 08:30–17:00/);
  await expect(hours.getByLabel("Tot", { exact: true })).toHaveValue("18:00");
  await expectNoAxeViolations(page);

  await hours.getByLabel("Dag", { exact: true }).selectOption({ label: "zaterdag" });
  await hours.getByLabel("Van", { exact: true }).fill("13:00");
  await hours.getByLabel("Tot", { exact: true }).fill("16:00");
  await hours.getByRole("button", { name: "Werktijden toevoegen" }).click();
  await expect(page.getByText("De werktijden zijn toegevoegd.")).toBeVisible();
  await expect(hours.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "zaterdag" }) })).toContainText("13:00–16:00");

  // A whole-day absence on a Monday she normally works.
  await page.getByLabel("Eerste dag").fill(date);
  await page.getByLabel("Laatste dag").fill(date);
  await page.getByLabel("Reden (optioneel)").fill("Cursus wedges-techniek");
  await page.getByRole("button", { name: "Afwezigheid toevoegen" }).click();
  await expect(page.getByText("De afwezigheid is toegevoegd.")).toBeVisible();
  const absences = page.getByRole("region", { name: "Afwezigheid", exact: true });
  await expect(absences.getByText(new RegExp(`${dayLabel(date)} \\d{4}, hele dag`))).toBeVisible();
  await expect(absences.getByText("Reden: Cursus wedges-techniek")).toBeVisible();
  await expectNoAxeViolations(page);

  await expect(await bookingDay(visitor, date)).toContainText("vol of gesloten");

  // Usable on a small phone: nothing sticks out sideways.
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto("/praktijk/openingstijden");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test("an admin manages another therapist's absence, then reads the audit log filtered by a patient", async ({ page }) => {
  await login(page, demo.admin);
  await page.goto("/praktijk/openingstijden");
  await page.getByLabel("Behandelaar").selectOption({ label: "Joris Bakker" });
  await page.getByRole("button", { name: "Tonen" }).click();
  await expect(page.getByRole("heading", { name: "Vaste werktijden van Joris Bakker" })).toBeVisible();

  // Joris has an appointment with Lotte within the next day (booking fixtures): an absence over it warns.
  await page.getByLabel("Eerste dag").fill(today());
  await page.getByLabel("Laatste dag").fill(addDays(today(), 1));
  await page.getByRole("button", { name: "Afwezigheid toevoegen" }).click();
  await expect(page.getByText(/er staan al afspraken in die periode/)).toBeVisible();
  const absences = page.getByRole("region", { name: "Afwezigheid", exact: true });
  await expect(absences.getByText(/Er (staat één afspraak|staan \d+ afspraken) in deze periode/)).toBeVisible();
  await expect(absences.getByText(/Lotte Visser \(Vervolgbehandeling\)/)).toBeVisible();
  await expectNoAxeViolations(page);
  // Taken away again, so the other specs find Joris as before.
  await absences.getByRole("button", { name: /Afwezigheid .* verwijderen/ }).click();
  await expect(page.getByText("Verwijderd. De online agenda is bijgewerkt.")).toBeVisible();
  await expect(absences.getByText("Geen afwezigheid gepland.")).toBeVisible();

  await page.goto("/praktijk/inzagelog");
  await expect(page.getByRole("heading", { name: "Inzagelog" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Patiënt (naam of e-mailadres)").fill("lotte");
  await page.getByRole("button", { name: "Filteren" }).click();
  const table = page.getByRole("table", { name: /Gebeurtenissen, nieuwste eerst/ });
  // Each event is a sentence with names (issue 17): who, what, whose record (initial and surname).
  const row = table.getByRole("row").filter({ hasText: "admin@keten.test bekeek een afspraak van L. Visser" }).first();
  await expect(row).toContainText("admin@keten.test");
  await expect(row).toContainText("beheerder");
  await expect(row).toContainText("Lotte Visser");
  await row.getByRole("link", { name: "Lotte Visser" }).click();
  await expect(page.getByText("Alleen gebeurtenissen over Lotte Visser")).toBeVisible();
  const patients = await table.getByRole("row").filter({ has: page.getByRole("cell") }).locator("td:nth-child(3)").allInnerTexts();
  expect(patients.length).toBeGreaterThan(0);
  expect(new Set(patients)).toEqual(new Set(["Lotte Visser"]));
  await expectNoAxeViolations(page);

  // Filtered by staff member: the admin's own viewing of the log is in it.
  await page.goto("/praktijk/inzagelog");
  await page.getByLabel("Medewerker").selectOption({ label: "admin@keten.test" });
  await page.getByRole("button", { name: "Filteren" }).click();
  await expect(table.getByRole("row").filter({ hasText: "bekeek het inzagelog" }).first()).toBeVisible();
});

test("an admin creates a therapist account and the activation mail is sent; the static home page lists her at once", async ({ page, request }) => {
  // The home page is a static page (decision 014): render it, so that it is cached without Mila.
  await request.get("/");
  expect(await (await request.get("/")).text()).not.toContain("Mila Hendriks");
  await login(page, demo.admin);
  await page.goto("/praktijk/team");
  await expect(page.getByRole("table", { name: "Medewerkers" })).toContainText("Sanne de Vries");
  await expectNoAxeViolations(page);

  const email = `mila-${Date.now()}@keten.test`;
  const form = page.getByRole("region", { name: "Fysiotherapeut toevoegen" });
  await form.getByLabel("Naam", { exact: true }).fill("Mila Hendriks");
  await form.getByLabel("Functie").fill("Fysiotherapeut");
  await form.getByLabel("E-mailadres").fill(email);
  await form.getByLabel("Webadres (optioneel)").fill(`mila-${Date.now()}`);
  await form.getByRole("button", { name: "Fysiotherapeut toevoegen" }).click();
  await expect(page.getByText(/Het account is aangemaakt en de activeringsmail is verstuurd/)).toBeVisible();
  const row = page.getByRole("table", { name: "Medewerkers" }).getByRole("row").filter({ hasText: email });
  await expect(row).toContainText("Wacht op activering");
  await expect(row).toContainText("Fysiotherapeut");

  // The admin's own row has no buttons: no self-deactivation.
  await expect(page.getByRole("row").filter({ hasText: demo.admin.email })).toContainText("Dit ben jij");
  await expect(page.getByRole("row").filter({ hasText: demo.admin.email }).getByRole("button")).toHaveCount(0);

  await page.setViewportSize({ width: 320, height: 640 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

  // Creating the account rendered the home page again.
  await expect.poll(async () => (await request.get("/")).text()).toContain("Mila Hendriks");

  const text = await openLatestEmail(page, email);
  expect(text).toContain("Beste Mila,");
  expect(text).toMatch(/\/wachtwoord\/activeren\/[A-Za-z0-9_-]{43}/);
});

test("a therapist cannot open the audit log or the team page", async ({ page }) => {
  await login(page, demo.therapist);
  for (const path of ["/praktijk/inzagelog", "/praktijk/team", `/praktijk/inzagelog?patient=${"0".repeat(8)}-0000-0000-0000-000000000000`]) {
    const response = await page.goto(path);
    // The page exists, it is just not a therapist's to use: "geen toegang" (403), not "niet gevonden" (issue 12, point 10).
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { name: "Geen toegang" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Niet gevonden" })).toHaveCount(0);
  }
  await expectNoAxeViolations(page);
  // The navigation does not offer them either.
  await page.goto("/praktijk/openingstijden");
  await expect(page.getByRole("link", { name: "Inzagelog" })).toHaveCount(0);
});
