import { expect, test, type Page } from "@playwright/test";
import { formatCalendarDate } from "@/lib/time/format";
import { expectNoAxeViolations } from "./support/axe";
import { fixtureMonday, manageTokens } from "./support/booking";

/** The waitlist in the browser: join from the booking page, a freed time arrives by e-mail, claim it, get the confirmation. */
const waiter = { name: "Wanda Wachter", email: "wanda.wachter@voorbeeld.test" };

async function mailTo(page: Page, subject: RegExp): Promise<string> {
  // The job worker offers the freed time within a few seconds; keep looking in the development mailbox.
  for (let attempt = 0; attempt < 30; attempt++) {
    await page.goto("/dev/mail");
    const row = page.getByRole("row").filter({ hasText: waiter.email }).filter({ hasText: subject });
    if ((await row.count()) > 0) {
      await row.first().getByRole("link").click();
      return (await page.locator("pre").innerText()).trim();
    }
    await page.waitForTimeout(1000);
  }
  throw new Error(`no e-mail ${subject} for ${waiter.email}`);
}

test("from joining the waitlist to a claimed offer and its confirmation", async ({ page }) => {
  await page.goto("/afspraak?dienst=vervolgbehandeling&therapeut=sanne-de-vries");
  await page.getByRole("link", { name: "Zet je op de wachtlijst" }).click();
  await expect(page.getByRole("heading", { name: "Wachtlijst" })).toBeVisible();
  await expect(page.getByLabel("Behandeling")).toHaveValue("vervolgbehandeling");
  await expect(page.getByLabel("Fysiotherapeut")).toHaveValue("sanne-de-vries");
  await expectNoAxeViolations(page);

  // Only Monday afternoons suit.
  for (const day of ["dinsdag", "woensdag", "donderdag", "vrijdag"]) await page.getByLabel(day).uncheck();
  await page.getByLabel("ochtend (tot 12:00)").uncheck();
  await page.getByLabel("avond (vanaf 17:00)").uncheck();
  await page.getByRole("button", { name: "Zet me op de wachtlijst" }).click();
  await expect(page.getByText("Controleer de gemarkeerde velden.")).toBeVisible();
  await page.getByLabel("Naam").fill(waiter.name);
  await page.getByLabel("E-mailadres").fill(waiter.email);
  await page.getByLabel("Geboortedatum").fill("1979-08-14");
  await page.getByRole("button", { name: "Zet me op de wachtlijst" }).click();
  await expect(page.getByText(/Je staat op de wachtlijst\./)).toBeVisible();

  // Someone cancels a Monday afternoon appointment with Sanne.
  await page.goto(`/afspraak/beheer/${manageTokens.forWaitlist}`);
  // Cancelling asks first (issue 12, point 17): open the question, give the reason, confirm.
  await page.getByText("Afspraak annuleren…").click();
  await page.getByLabel("Waarom annuleer je?").selectOption("verhinderd");
  await page.getByRole("button", { name: "Ja, annuleer de afspraak" }).click();
  await expect(page.getByText("Je afspraak is geannuleerd.").first()).toBeVisible();

  const offer = await mailTo(page, /Vrijgekomen: Vervolgbehandeling .* om 13:00/);
  expect(offer).toContain("wie het eerst bevestigt, krijgt hem");
  const claimUrl = /https?:\/\/\S+\/wachtlijst\/aanbod\/[A-Za-z0-9_-]{43}/.exec(offer)![0];
  await page.goto(new URL(claimUrl).pathname);
  await expect(page.getByRole("heading", { name: "Vrijgekomen tijd" })).toBeVisible();
  await expect(page.getByText(`${formatCalendarDate(fixtureMonday())}`, { exact: false }).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Deze tijd boeken" }).click();
  await expect(page.getByText("Je afspraak is bevestigd en staat vast.", { exact: false })).toBeVisible();

  const confirmation = await mailTo(page, /Bevestiging: Vervolgbehandeling/);
  expect(confirmation).toContain("13:00");

  // The offer link now says it is booked; a second click books nothing more.
  await page.goto(new URL(claimUrl).pathname);
  await expect(page.getByText("Deze tijd is voor je geboekt.")).toBeVisible();
});
