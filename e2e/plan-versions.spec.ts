import { expect, test } from "@playwright/test";
import { demo, login } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { versionsPatient as ilse } from "./support/plan-versions";

const planPath = `/praktijk/patienten/${ilse.patientId}/plan`;

/**
 * Issue 17, points 4 and 5: a plan from the template is a draft the patient does not see; a suggestion for the
 * weak link (the feet: the wedges exercises) is added with one click; publishing shows the plan; a later
 * addition becomes version 2, and the patient reads what changed.
 */
test("draft → Toevoegen from the suggestions → Publiceren → a change becomes version 2 and the patient sees what changed", async ({ browser }) => {
  test.setTimeout(120_000);
  const therapist = await (await browser.newContext()).newPage();
  const patient = await (await browser.newContext()).newPage();
  await login(therapist, demo.secondTherapist);
  await login(patient, ilse);

  await therapist.goto(planPath);
  await therapist.getByRole("button", { name: "Start met het hamstringplan" }).click();
  await expect(therapist.getByRole("heading", { name: "Concept: nog niet gepubliceerd" })).toBeVisible();

  // The draft is invisible in the portal.
  await patient.goto("/portaal/plan");
  await expect(patient.getByText("Je hebt nog geen oefenplan.")).toBeVisible();

  // Suggestions for her weak link, the feet and ankles: the practice's wedges exercises, one click each.
  const suggestions = therapist.locator("#op-maat");
  await expect(suggestions.getByRole("link", { name: "Kuitstretch op een wedge" })).toBeVisible();
  await suggestions.getByRole("button", { name: /^Toevoegen\s+Kuitstretch op een wedge$/ }).first().click();
  await expect(therapist.getByText(/De oefening staat nu in de huidige fase/)).toBeVisible();
  await expect(therapist.getByRole("table", { name: "Oefeningen in fase 1" }).getByText("Kuitstretch op een wedge")).toBeVisible();
  // Now in the phase, it is no longer suggested.
  await expect(suggestions.getByRole("link", { name: "Kuitstretch op een wedge" })).toHaveCount(0);
  await expectNoAxeViolations(therapist);

  await therapist.getByRole("button", { name: "Publiceren" }).click();
  await expect(therapist.getByText(/Het plan is gepubliceerd als versie 1/)).toBeVisible();
  await expect(therapist.getByRole("heading", { name: "Concept: nog niet gepubliceerd" })).toHaveCount(0);

  await patient.reload();
  await expect(patient.getByRole("heading", { name: "Rustig opbouwen", level: 2 })).toBeVisible();
  await expect(patient.getByText("Kuitstretch op een wedge").first()).toBeVisible();
  await expect(patient.getByRole("heading", { name: "Wat is er veranderd" })).toHaveCount(0);

  // A change to the live plan: version 2.
  await suggestions.getByRole("button", { name: /^Toevoegen\s+Kuitheffen op een wedge$/ }).first().click();
  await expect(therapist.getByText(/De oefening staat nu in de huidige fase/)).toBeVisible();
  const versions = therapist.getByRole("region", { name: "Versies" });
  await expect(versions.getByText(/^Versie 2 · /)).toBeVisible();
  await expect(versions.getByText(/^Nieuw in fase 1: Kuitheffen op een wedge \(/)).toBeVisible();
  await expect(versions.getByText(/^Versie 1 · /)).toBeVisible();

  await patient.reload();
  const changes = patient.getByRole("region", { name: "Wat is er veranderd" });
  await expect(changes).toBeVisible();
  await expect(changes.getByText(/^Nieuw in fase 1: Kuitheffen op een wedge \(.+\)\.$/)).toBeVisible();
  await expect(patient.getByText(/· versie 2$/)).toBeVisible();
  await expectNoAxeViolations(patient);
});
