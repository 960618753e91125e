import { expect, type Page } from "@playwright/test";
import { addDays, isoWeekday, todayIn } from "@/lib/time/zone";

/**
 * Known manage-link tokens of the booking fixtures (e2e/fixtures/booking.ts stores only their SHA-256).
 * Each spec uses its own appointment, so the specs do not depend on each other's order.
 */
export const manageTokens = {
  toCancel: "e2e-cancel-00000000000000000000000000000000",
  toReschedule: "e2e-reschedule-0000000000000000000000000000",
  tooLate: "e2e-too-late-000000000000000000000000000000",
  forWaitlist: "e2e-waitlist-000000000000000000000000000000",
} as const;

/** The day of the portal fixtures' appointments (YYYY-MM-DD): the first Monday at least three days ahead. */
export function fixtureMonday(now = new Date()): string {
  let monday = addDays(todayIn(now), 3);
  while (isoWeekday(monday) !== 1) monday = addDays(monday, 1);
  return monday;
}

/** The questions of the intake with calm answers (no warning signs), answered by their visible labels. */
const calmChoices: Record<string, string> = {
  "Waar heb je last?": "Achterkant rechterbovenbeen (hamstring rechts)",
  "Hoe begon het?": "Geleidelijk, door steeds opnieuw belasten",
  "Voelt je been stijf?": "Ja, vooral 's ochtends",
  "Heb je duidelijk minder kracht in je been?": "Nee",
  "Zie je zwelling of een blauwe plek?": "Nee",
  "Voelde of hoorde je een knak toen het begon?": "Nee",
  "Zie je een deuk of kuil in de spier?": "Nee",
  "Kun je op je been staan?": "Ja, gewoon",
  "Gaat gewoon lopen moeilijk?": "Nee",
  "Hoe vaak heb je kramp in je hamstring?": "Ik heb geen kramp",
  "Heeft het ene been veel vaker last dan het andere?": "Nee",
  "Werd het beter na een week rust?": "Ik heb nog geen week rust gehouden",
  "Had je eerder een hamstringblessure?": "Nee",
};

export async function fillIntake(page: Page, person: { name: string; email: string }, choices: Record<string, string> = {}): Promise<void> {
  for (const [question, answer] of Object.entries({ ...calmChoices, ...choices })) {
    await page.getByRole("group", { name: question, exact: true }).getByLabel(answer, { exact: true }).check();
  }
  await page.getByLabel("Sinds wanneer heb je last?").selectOption({ label: "1 tot 4 weken" });
  await page.getByLabel("Pijn nu (0 = geen, 10 = ergst denkbaar)").fill("3");
  await page.getByLabel("Pijn op het ergste moment (0–10)").fill("6");
  await page.getByLabel("Welke sport doe je?").fill("Korfbal");
  await page.getByLabel("Wat wil je weer kunnen?").fill("Weer een hele wedstrijd spelen zonder pijn.");
  await page.getByLabel("Voor- en achternaam").fill(person.name);
  await page.getByLabel("E-mailadres").fill(person.email);
  await page.getByLabel("Telefoonnummer").fill("06 12345678");
  await page.getByLabel("Geboortedatum").fill("1990-05-17");
  await page.getByLabel(/Ik geef toestemming/).check();
}

/** Steps 1–3: the intake analysis, any therapist, the first free time. */
export async function chooseFirstFreeTime(page: Page): Promise<void> {
  await page.goto("/afspraak");
  await page.getByRole("button", { name: /Bewegingsketenanalyse/ }).click();
  await page.getByRole("button", { name: /Geen voorkeur/ }).click();
  await expect(page.getByRole("heading", { name: "Kies een dag en tijd" })).toBeVisible();
  await pickFirstTime(page);
  await expect(page.getByRole("heading", { name: "Intake" })).toBeVisible();
}

/** Step 3 (and rescheduling): every free time is its own button; this chooses the first one shown. */
export async function pickFirstTime(page: Page): Promise<void> {
  await page.getByRole("group", { name: /Vrije tijden op/ }).getByRole("button").first().click();
}

/** The newest e-mail to an address in the development mailbox, opened; returns its text. */
export async function openLatestEmail(page: Page, to: string): Promise<string> {
  await page.goto("/dev/mail");
  await page.getByRole("row").filter({ hasText: to }).first().getByRole("link").click();
  return (await page.locator("pre").innerText()).trim();
}
