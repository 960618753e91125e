import { expect, test } from "@playwright/test";
import { demo, login } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { clinicalPatient } from "./support/workspace";

/**
 * Issue 17, point 2: from today's agenda a therapist writes the visit note under the four headings, amends it
 * with a reason, sees both versions and what changed, and finds the note on the patient's timeline.
 */
test("a therapist writes a visit note from the agenda, amends it and sees the difference and the timeline", async ({ page }) => {
  test.setTimeout(120_000);
  await login(page, demo.therapist);
  const visit = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: new RegExp(clinicalPatient.name) }) });
  await visit.getByRole("link", { name: `Behandelnotitie van ${clinicalPatient.name}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Behandelnotitie van ${clinicalPatient.name}`);

  // An empty note is refused with a message next to the first heading; nothing is stored.
  await page.getByRole("button", { name: "Notitie opslaan" }).click();
  await expect(page.getByText("Vul minstens één kopje in.")).toBeVisible();

  await page.getByLabel("Klachten").fill("Sinds de wedstrijd pijn links achter, lopen gaat moeizaam.");
  await page.getByLabel("Onderzoek").fill("Hematoom midden achter het bovenbeen, kracht links 120 N.");
  await page.getByLabel("Behandeling").fill("Uitleg, ontlasten, isometrisch aanspannen.");
  await page.getByLabel("Afspraken").fill("Over drie dagen terug; bij toename naar de huisarts.");
  await page.getByRole("button", { name: "Notitie opslaan" }).click();
  await expect(page.getByText("De notitie is opgeslagen.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Notitie (versie 1)" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByText("Notitie aanvullen of corrigeren").click();
  await page.getByLabel("Onderzoek").fill("Hematoom midden achter het bovenbeen, kracht links 125 N.");
  await page.getByRole("button", { name: "Nieuwe versie opslaan" }).click();
  await expect(page.getByText(/Geef aan waarom je de notitie aanvult of corrigeert/).first()).toBeVisible();
  await page.getByLabel("Reden van de wijziging").fill("Meting opnieuw gedaan met de dynamometer.");
  await page.getByRole("button", { name: "Nieuwe versie opslaan" }).click();
  await expect(page.getByText("De wijziging is opgeslagen als versie 2.")).toBeVisible();
  const change = page.getByRole("table", { name: /Wat er veranderde ten opzichte van versie 1/ });
  await expect(change.getByRole("row", { name: /Onderzoek/ })).toContainText("120 N");
  await expect(change.getByRole("row", { name: /Onderzoek/ })).toContainText("125 N");
  await expectNoAxeViolations(page);

  await page.getByRole("navigation", { name: "Kruimelpad" }).getByRole("link", { name: clinicalPatient.name }).click();
  const timeline = page.getByRole("region", { name: "Tijdlijn" });
  await expect(timeline).toContainText("Notitie (versie 2): Sinds de wedstrijd pijn links achter");
});
