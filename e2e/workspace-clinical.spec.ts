import { expect, test, type Page } from "@playwright/test";
import { demo, login, logout } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { clinicalPatient } from "./support/workspace";

const patientPath = `/praktijk/patienten/${clinicalPatient.patientId}`;

const hamstring = (page: Page) => page.getByRole("group", { name: "Hamstring", exact: true });

test("a therapist records and amends an assessment, assigns the template plan and advances a phase; the patient sees the new phase", async ({ page }) => {
  // One long journey through many pages, each scanned with axe.
  test.setTimeout(180_000);
  await login(page, demo.therapist);

  // Today's agenda: Fenna comes for her analysis, and her intake is marked for its warning signs.
  await expect(page).toHaveURL(/\/praktijk$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Agenda");
  const visit = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: new RegExp(clinicalPatient.name) }) });
  await expect(visit.getByText("Waarschuwingssignalen").first()).toBeVisible();
  await visit.getByRole("link", { name: `Intake openen van ${clinicalPatient.name}` }).click();
  await expect(page).toHaveURL(new RegExp(`${patientPath}/intake/`));
  await expect(page.getByText("Waarschuwingssignalen").first()).toBeVisible();

  // From her record, a new movement-chain assessment.
  await page.goto(patientPath);
  await page.getByRole("link", { name: "Nieuwe beoordeling" }).click();
  await expect(page).toHaveURL(`${patientPath}/beoordelingen/nieuw`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Bewegingsketenanalyse van ${clinicalPatient.name}`);
  await expect(page.getByRole("navigation", { name: "Kruimelpad" }).getByRole("link", { name: clinicalPatient.name })).toHaveAttribute("href", patientPath);
  await expectNoAxeViolations(page);

  await page.getByRole("group", { name: "Beoordeling heupen" }).getByLabel("Compenseert").check();
  await page.getByLabel("Bevindingen heupen").fill("Gluteus medius links zwak; de hamstring neemt het over.");
  await page.getByRole("group", { name: "Beoordeling hamstring" }).getByLabel("Beperkt").check();
  await hamstring(page).getByLabel("Kracht hamstring links (N)").fill("-5");
  await hamstring(page).getByLabel("Kracht hamstring rechts (N)").fill("200");
  await page.getByRole("group", { name: "Zwakke schakels" }).getByLabel("Heupen").check();
  await page.getByRole("textbox", { name: "Conclusie" }).fill("Heupen zijn de zwakke schakel.");
  await page.getByRole("button", { name: "Beoordeling opslaan" }).click();

  // A negative strength is refused next to its field; everything typed is still there.
  await expect(hamstring(page).getByLabel("Kracht hamstring links (N)")).toHaveAccessibleDescription(/negatieve waarde/);
  await expect(hamstring(page).getByLabel("Kracht hamstring rechts (N)")).toHaveValue("200");
  await expect(page.getByRole("textbox", { name: "Conclusie" })).toHaveValue("Heupen zijn de zwakke schakel.");
  await expect(page.getByRole("group", { name: "Beoordeling heupen" }).getByLabel("Compenseert")).toBeChecked();
  await expectNoAxeViolations(page);

  await hamstring(page).getByLabel("Kracht hamstring links (N)").fill("174");
  await page.getByRole("button", { name: "Beoordeling opslaan" }).click();
  await expect(page).toHaveURL(/\/beoordelingen\/[0-9a-f-]{36}\?opgeslagen=1/);
  await expect(page.getByText("De beoordeling is opgeslagen.")).toBeVisible();
  const latest = page.getByRole("region", { name: "Laatste versie" });
  await expect(latest.getByText("Symmetrie: 87% (links zwakker)")).toBeVisible();
  await expectNoAxeViolations(page);

  // Amend: a new revision with a reason; both revisions and what changed are shown.
  const amend = page.getByRole("region", { name: "Wijzigen" });
  await amend.getByLabel("Kracht hamstring links (N)").fill("182");
  await amend.getByRole("button", { name: "Wijziging opslaan als nieuwe versie" }).click();
  await expect(amend.getByLabel("Reden van de wijziging")).toHaveAccessibleDescription(/waarom je de beoordeling wijzigt/);
  await expect(amend.getByLabel("Kracht hamstring links (N)")).toHaveValue("182");
  await amend.getByLabel("Reden van de wijziging").fill("Kracht opnieuw gemeten na de warming-up.");
  await amend.getByRole("button", { name: "Wijziging opslaan als nieuwe versie" }).click();
  await expect(page).toHaveURL(/gewijzigd=2/);
  const history = page.getByRole("region", { name: "Geschiedenis" });
  await expect(history.getByRole("heading", { name: /^Versie 2 · Sanne de Vries/ })).toBeVisible();
  await expect(history.getByRole("heading", { name: /^Versie 1 · Sanne de Vries/ })).toBeVisible();
  await expect(history.getByText("Kracht opnieuw gemeten na de warming-up.")).toBeVisible();
  const diff = history.getByRole("table", { name: /versie 2 ten opzichte van versie 1/ });
  await expect(diff.getByRole("row", { name: /Kracht hamstring links/ })).toContainText("174 N");
  await expect(diff.getByRole("row", { name: /Kracht hamstring links/ })).toContainText("182 N");
  await expect(diff.getByRole("row", { name: /symmetrie/ })).toContainText("91%");
  await expect(latest.getByText("Symmetrie: 91% (links zwakker)")).toBeVisible();
  await expectNoAxeViolations(page);

  // The template plan: four phases, the first current.
  await page.goto(`${patientPath}/plan`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Oefenplan van ${clinicalPatient.name}`);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Start met het hamstringplan" }).click();
  await expect(page.getByText(/Het concept staat klaar, gemaakt van het hamstringplan/)).toBeVisible();
  await page.getByRole("button", { name: "Publiceren" }).click();
  await expect(page.getByText(/Het plan is gepubliceerd als versie 1/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Nu: fase 1, Rustig opbouwen" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Fase \d:/ })).toHaveCount(4);
  await expectNoAxeViolations(page);

  // Phase 3's strength criterion is checked against the latest assessment.
  await expect(page.getByText(/Laatste meting: 91% \(beoordeling van .+\), gehaald/)).toBeVisible();

  // Adjust a dosage in the first phase.
  await page.getByRole("link", { name: "Fase 1 bewerken" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Fase 1: Rustig opbouwen");
  const first = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "1. Isometrische hamstringhold" }) });
  await first.getByLabel("Sets").fill("0");
  await first.getByRole("button", { name: "Dosering van Isometrische hamstringhold opslaan" }).click();
  await expect(first.getByLabel("Sets")).toHaveAccessibleDescription(/1 tot en met 20/);
  await first.getByLabel("Sets").fill("4");
  await first.getByRole("button", { name: "Dosering van Isometrische hamstringhold opslaan" }).click();
  await expect(first.getByText("De dosering van Isometrische hamstringhold is opgeslagen.")).toBeVisible();
  await expectNoAxeViolations(page);

  // Advance: all criteria met.
  await page.getByRole("navigation", { name: "Kruimelpad" }).getByRole("link", { name: "Oefenplan" }).click();
  await page.getByRole("link", { name: "Criteria toetsen en doorzetten" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Doorzetten naar de volgende fase");
  await expectNoAxeViolations(page);
  await page.getByLabel("Je wandelt zonder pijn").check();
  await page.getByRole("button", { name: "Doorzetten naar Kracht opbouwen" }).click();
  await expect(page.getByText(/Niet alle criteria zijn gehaald/).first()).toBeVisible();
  await expect(page.getByLabel("Je wandelt zonder pijn")).toBeChecked();
  await page.getByLabel("De isometrische oefeningen gaan pijnvrij").check();
  await page.getByRole("button", { name: "Doorzetten naar Kracht opbouwen" }).click();
  await expect(page.getByText(/doorgezet naar de volgende fase/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Nu: fase 2, Kracht opbouwen" })).toBeVisible();
  await expect(page.getByText(/Afgerond op .+ door Sanne de Vries\./)).toBeVisible();
  await expectNoAxeViolations(page);

  // The library, for completeness of the workspace pages.
  await page.goto("/praktijk/oefeningen");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Oefeningen");
  await expectNoAxeViolations(page);

  await logout(page);

  // The patient sees the new phase at once.
  await login(page, { email: clinicalPatient.email, password: clinicalPatient.password });
  await page.goto("/portaal/plan");
  await expect(page.getByRole("heading", { name: "Kracht opbouwen", level: 2 })).toBeVisible();
  await expect(page.getByText("Nordic hamstring curl").first()).toBeVisible();
  await expectNoAxeViolations(page);
});
