import { expect, test } from "@playwright/test";
import { demo, login } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { agendaPatients } from "./support/workspace-agenda";

/**
 * A therapist's day: today's agenda with the warning-sign marker, the patient page, a follow-up planned from
 * it that then shows in the agenda, and an appointment marked attended. Patients never get into the workspace.
 */
const { femke, gijs } = agendaPatients;

test("a therapist sees today's agenda, opens the patient, plans a follow-up and marks an appointment attended", async ({ page }) => {
  await login(page, demo.therapist);
  await expect(page).toHaveURL(/\/praktijk$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Agenda");
  await expect(page.getByText(`Afspraken van ${demo.therapist.name}, vandaag`)).toBeVisible();

  const femkeEntry = page.getByRole("listitem").filter({ has: page.getByRole("heading").filter({ has: page.getByRole("link", { name: femke.name, exact: true }) }) });
  await expect(femkeEntry).toContainText("06:40–07:40");
  await expect(femkeEntry.getByText("Waarschuwingssignalen")).toBeVisible();
  // Urgent (a possible tear) in red, named as such; one line per patient above the day.
  await expect(femkeEntry.locator("[data-warning=urgent]")).toContainText("Dringend");
  await expect(page.getByRole("region", { name: "Patiënten met waarschuwingssignalen op deze dag" })).toContainText(`Dringend: ${femke.name}`);
  await expect(femkeEntry).toContainText("Bewegingsketenanalyse");
  await expectNoAxeViolations(page);

  // The intake, warning signs on top.
  await femkeEntry.getByRole("link", { name: `Intake openen van ${femke.name}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Intake van ${femke.name}`);
  await expect(page.getByText(/Waarschuwingssignalen ·/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Doelen" })).toBeVisible();
  await expect(page.getByText("Over zes weken weer een wedstrijd spelen.")).toBeVisible();

  // The patient page.
  await page.getByRole("link", { name: `← ${femke.name}` }).click();
  await expect(page).toHaveURL(new RegExp(`/praktijk/patienten/${femke.patientId}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(femke.name);
  await expect(page.getByRole("table", { name: "Komende afspraken" }).or(page.getByRole("table", { name: "Eerdere afspraken" })).first()).toContainText("Bewegingsketenanalyse");
  await expect(page.getByRole("link", { name: "Nieuwe beoordeling" })).toHaveAttribute("href", `/praktijk/patienten/${femke.patientId}/beoordelingen/nieuw`);
  await expect(page.getByRole("link", { name: "Plan starten" })).toHaveAttribute("href", `/praktijk/patienten/${femke.patientId}/plan`);
  await expectNoAxeViolations(page);

  // A follow-up with Sanne at the first free time.
  await page.getByRole("link", { name: "Vervolgafspraak plannen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vervolgafspraak plannen");
  await expect(page.getByLabel("Behandeling")).toHaveValue("vervolgbehandeling");
  await expect(page.getByLabel("Therapeut")).toHaveValue("sanne-de-vries");
  await expectNoAxeViolations(page);
  await page.getByRole("group", { name: /Vrije tijden op/ }).getByRole("button").first().click();
  await expect(page.getByRole("heading", { name: "Controleer de afspraak" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Vervolgafspraak vastleggen" }).click();

  // Back in the agenda, on the day of the follow-up.
  await expect(page).toHaveURL(/\/praktijk\?dag=\d{4}-\d{2}-\d{2}&therapeut=sanne-de-vries&gepland=1/);
  await expect(page.getByText("De vervolgafspraak staat in de agenda.")).toBeVisible();
  // (The first free time can be later today, next to her intake.)
  const followUp = page.getByRole("listitem").filter({ has: page.getByRole("heading").filter({ has: page.getByRole("link", { name: femke.name, exact: true }) }) }).filter({ hasText: "Vervolgbehandeling" });
  await expect(followUp).toContainText("Gepland");

  // Today: mark Gijs attended.
  await page.getByRole("link", { name: "Vandaag", exact: true }).click();
  const gijsEntry = page.getByRole("listitem").filter({ has: page.getByRole("heading").filter({ has: page.getByRole("link", { name: gijs.name, exact: true }) }) });
  await gijsEntry.getByRole("button", { name: "Aanwezig", exact: true }).click();
  await expect(gijsEntry.getByRole("status")).toContainText(`${gijs.name} is aanwezig geweest`);
  await expect(gijsEntry).toContainText("Aanwezig geweest");
  await page.reload();
  await expect(page.getByRole("listitem").filter({ has: page.getByRole("heading").filter({ has: page.getByRole("link", { name: gijs.name, exact: true }) }) })).toContainText("Aanwezig geweest");

  // The week view and the patient list.
  await page.getByRole("link", { name: "Weekweergave" }).click();
  await expect(page).toHaveURL(/weergave=week/);
  await expect(page.getByRole("heading", { level: 2, name: /^Vandaag, / })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto("/praktijk/patienten");
  await page.getByLabel("Zoek op naam, e-mailadres of geboortedatum").fill("21-08-1996");
  await page.getByRole("button", { name: "Zoeken" }).click();
  await expect(page).toHaveURL(/\/praktijk\/patienten\?q=21-08-1996/);
  await expect(page.getByRole("table")).toContainText(femke.name);
  await expect(page.getByRole("table")).not.toContainText(gijs.name);
  await expectNoAxeViolations(page);
});

test("a patient is sent away from the agenda and the patient list", async ({ page }) => {
  await login(page, demo.patient);
  for (const path of ["/praktijk", "/praktijk/patienten", `/praktijk/patienten/${femke.patientId}`, `/praktijk/patienten/${femke.patientId}/vervolgafspraak`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBeLessThan(500);
    await expect(page, path).toHaveURL(/\/portaal$/);
  }
  await expect(page.getByText(femke.name)).toHaveCount(0);
});
