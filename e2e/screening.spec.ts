import { expect, test } from "@playwright/test";
import { demo, login } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { clinicalPatient } from "./support/workspace";

/** Issue 17, point 1: dossier phase 1 with the screening confirmed at the first visit, and the BSN after an ID check, masked. */
test("a therapist records intake phase 1, confirms the screening and enters the BSN after an ID check", async ({ page }) => {
  test.setTimeout(120_000);
  await login(page, demo.therapist);
  await page.goto(`/praktijk/patienten/${clinicalPatient.patientId}`);
  await page.getByRole("link", { name: "Intake fase 1, screening en BSN" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Intake fase 1 van ${clinicalPatient.name}`);
  // The help question starts from the intake's goals.
  await expect(page.getByLabel("Hulpvraag (in de woorden van de patiënt)")).toHaveValue("Na de zomer weer hockeyen.");

  await page.getByRole("button", { name: "Screening opslaan" }).click();
  await expect(page.getByText("Kies direct toegankelijk of met verwijzing.")).toBeVisible();
  await expect(page.getByText("Vraag dit na en kies ja of nee.").first()).toBeVisible();

  await page.getByLabel("Huisarts", { exact: true }).fill("Dr. M. Lammers");
  await page.getByLabel("Zorgverzekeraar").fill("Zilveren Kruis");
  await page.getByLabel("Direct toegankelijk (zonder verwijzing)").check();
  for (const radio of await page.getByLabel("Nee", { exact: true }).all()) await radio.check();
  await page.getByLabel("Pluis: behandelen").check();
  await page.getByLabel(/Ik heb deze screening bij het eerste bezoek/).check();
  await page.getByRole("button", { name: "Screening opslaan" }).click();
  await expect(page.getByText("De screening is opgeslagen als versie 1.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Versie 1 · bevestigd bij het eerste bezoek" })).toBeVisible();
  await expect(page.getByText("Medische determinanten: gevraagd, niets aanwezig")).toBeVisible();
  await expectNoAxeViolations(page);

  // The BSN: refused without the ID check or with a wrong number; then stored and shown masked.
  await page.getByRole("textbox", { name: "BSN", exact: true }).fill("123456789");
  await page.getByRole("button", { name: "BSN vastleggen" }).click();
  await expect(page.getByText("Controleer eerst een identiteitsbewijs")).toBeVisible();
  await expect(page.getByText("Dit is geen geldig BSN")).toBeVisible();
  await page.getByLabel("Gecontroleerd document").selectOption("paspoort");
  await page.getByLabel(/Ik heb het document gezien/).check();
  await page.getByRole("textbox", { name: "BSN", exact: true }).fill("111 222 333");
  await page.getByRole("button", { name: "BSN vastleggen" }).click();
  await expect(page.getByText("Het BSN is versleuteld vastgelegd.")).toBeVisible();
  await expect(page.getByText(/••••••333 · Paspoort gecontroleerd door Sanne de Vries/)).toBeVisible();
  await expect(page.locator("body")).not.toContainText("111222333");
});
