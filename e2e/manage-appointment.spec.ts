import { expect, test } from "@playwright/test";
import { demo, login } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { formatCalendarDate } from "@/lib/time/format";
import { fixtureMonday, manageTokens, openLatestEmail, pickFirstTime } from "./support/booking";

test("cancel through the link: the appointment is cancelled and the calendar gets a CANCEL", async ({ page }) => {
  await page.goto(`/afspraak/beheer/${manageTokens.toCancel}`);
  await expect(page.getByRole("heading", { name: "Je afspraak", exact: true })).toBeVisible();
  await expect(page.getByText("Vervolgbehandeling (30 minuten)")).toBeVisible();
  await expectNoAxeViolations(page);
  // Issue 12, point 17: one tap does not cancel; the question comes first, with a reason asked but optional.
  await page.getByText("Afspraak annuleren…").click();
  await expect(page.getByText("Weet je zeker dat je deze afspraak wilt annuleren?")).toBeVisible();
  await expect(page.getByLabel("Waarom annuleer je? (niet verplicht)")).toHaveValue("");
  await expect(page.getByLabel("Waarom annuleer je? (niet verplicht)").locator("option:checked")).toHaveText("Zeg ik liever niet");
  await page.getByRole("button", { name: "Ja, annuleer de afspraak" }).click();
  await expect(page.getByText("Je afspraak is geannuleerd.").first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Je afspraak is geannuleerd", level: 1 })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: "Geannuleerd" })).toBeVisible();
  await expect(page.getByText("Afspraak annuleren…")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Afspraak annuleren" })).toHaveCount(0);

  const text = await openLatestEmail(page, demo.patient.email);
  expect(text).toContain("is geannuleerd");
  const href = await page.getByRole("link", { name: "Agenda-uitnodiging downloaden (CANCEL)" }).getAttribute("href");
  const ics = (await (await page.request.get(href!)).text()).replace(/\r\n /g, "");
  expect(ics).toContain("METHOD:CANCEL");
  expect(ics).toContain("STATUS:CANCELLED");
  expect(ics).toContain("SEQUENCE:1");
});

test("reschedule through the link: a new time, a new link, an updated invite", async ({ page }) => {
  await page.goto(`/afspraak/beheer/${manageTokens.toReschedule}`);
  await page.getByRole("link", { name: "Ander moment kiezen" }).click();
  await expect(page.getByRole("heading", { name: "Afspraak verzetten" })).toBeVisible();
  await expectNoAxeViolations(page);
  await pickFirstTime(page);
  await expect(page.getByRole("heading", { name: /Nieuwe tijd:/ })).toBeVisible();
  await page.getByRole("button", { name: "Afspraak verzetten naar deze tijd" }).click();
  await expect(page.getByText(/Je afspraak is verzet/)).toBeVisible();
  await expect(page).toHaveURL(/\/afspraak\/beheer\/[A-Za-z0-9_-]{43}\?verzet=1$/);
  await expectNoAxeViolations(page);

  const text = await openLatestEmail(page, demo.patient.email);
  expect(text).toContain("Je afspraak is verzet");
  const href = await page.getByRole("link", { name: "Agenda-uitnodiging downloaden (REQUEST)" }).getAttribute("href");
  const ics = (await (await page.request.get(href!)).text()).replace(/\r\n /g, "");
  expect(ics).toContain("SEQUENCE:1");

  // The old link no longer works; it says so plainly.
  await page.goto(`/afspraak/beheer/${manageTokens.toReschedule}`);
  await expect(page.getByRole("heading", { name: "Deze link werkt niet (meer)" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("within 24 hours the page says to call the practice, and why; a made-up link finds nothing", async ({ page }) => {
  await page.goto(`/afspraak/beheer/${manageTokens.tooLate}`);
  await expect(page.getByText(/Je afspraak begint binnen 24 uur: bel ons om te annuleren of te verzetten/)).toBeVisible();
  await expect(page.getByText(/online meestal niemand meer voor deze tijd/)).toBeVisible();
  await expect(page.getByText("Afspraak annuleren…")).toHaveCount(0);
  await page.goto(`/afspraak/beheer/${manageTokens.tooLate}/verzetten`);
  await expect(page.getByText(/bel ons om te annuleren/)).toBeVisible();
  await page.goto("/afspraak/beheer/verzonnen-link");
  await expect(page.getByRole("heading", { name: "Deze link werkt niet (meer)" })).toBeVisible();
});

test("the patient sees and changes their appointments in the portal", async ({ page }) => {
  await login(page, demo.patient);
  await page.goto("/portaal/afspraken");
  await expect(page.getByRole("heading", { name: "Komende afspraken" })).toBeVisible();
  await expectNoAxeViolations(page);

  // The fixture's appointments on its Monday (another test may have moved an appointment to the same hour on another day).
  const day = formatCalendarDate(fixtureMonday());
  const at = (time: string) => page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: new RegExp(`^${day}, ${time}–`) }) });
  await at("15:00").getByText("Annuleren…").click();
  await at("15:00").getByLabel("Waarom annuleer je?").selectOption("ziek");
  await at("15:00").getByRole("button", { name: "Ja, annuleer de afspraak" }).click();
  await expect(page.getByText("Je afspraak is geannuleerd. Je krijgt er een e-mail over.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Eerdere en geannuleerde afspraken" }).getByText("geannuleerd", { exact: true }).first()).toBeVisible();

  await at("16:00").getByRole("link", { name: "Verzetten" }).click();
  await expect(page.getByRole("heading", { name: "Afspraak verzetten" })).toBeVisible();
  await expectNoAxeViolations(page);
  await pickFirstTime(page);
  await page.getByRole("button", { name: "Afspraak verzetten naar deze tijd" }).click();
  await expect(page.getByText("Je afspraak is verzet. Je krijgt een e-mail met de nieuwe tijd.")).toBeVisible();
});

test("the practice sees upcoming appointments with the intake's warning signs", async ({ page }) => {
  await login(page, demo.therapist);
  await page.getByRole("link", { name: "Afspraken" }).click();
  await expect(page.getByRole("heading", { name: "Afspraken", level: 1 })).toBeVisible();
  // Lotte's booking (the booking fixtures) among the others of the practice, with its warning signs in
  // clinical wording by severity (issue 17): urgent signs say "Dringend", never the patient's "je".
  const flagged = page.getByRole("listitem").filter({ hasText: "Lotte Visser" }).filter({ hasText: "Dringend: Knak bij ontstaan: verdenking (partiële) ruptuur" }).first();
  await expect(flagged).toBeVisible();
  await expect(flagged).toContainText("Laat het vandaag of morgen bekijken");
  await expect(flagged).toContainText("Dringend: Gaan moeizaam: functioneel duidelijk beperkt");
  await expect(flagged).not.toContainText("Knak gevoeld of gehoord");
  await expectNoAxeViolations(page);
});
