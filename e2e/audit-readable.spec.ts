import { expect, test } from "@playwright/test";
import { demo, login, logout } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";

/**
 * Issue 17, point 8: Sanne opens Lotte's record twice; the admin reads that as one sentence with names and a
 * count, filters by kind and downloads the CSV; Lotte reads the same in her portal ("Wie heeft mijn dossier
 * ingezien").
 */
test("the audit log reads as sentences, groups repeated views, downloads as CSV, and the patient sees who looked", async ({ browser }) => {
  test.setTimeout(150_000);
  const therapist = await (await browser.newContext()).newPage();
  await login(therapist, demo.therapist);
  await therapist.goto("/praktijk/patienten?q=Lotte");
  await therapist.getByRole("link", { name: demo.patient.name }).first().click();
  await expect(therapist.getByRole("heading", { level: 1 })).toHaveText(demo.patient.name);
  await therapist.reload();
  await expect(therapist.getByRole("heading", { level: 1 })).toHaveText(demo.patient.name);

  const admin = await (await browser.newContext()).newPage();
  await login(admin, demo.admin);
  await admin.goto("/praktijk/inzagelog");
  await admin.getByLabel("Soort gebeurtenis").selectOption("inzage");
  await admin.getByLabel("Patiënt (naam of e-mailadres)").fill("Lotte");
  await admin.getByRole("button", { name: "Filteren" }).click();
  const line = admin.getByRole("row").filter({ hasText: "Sanne de Vries opende het dossier van L. Visser" });
  await expect(line).toHaveCount(1);
  await expect(line).toContainText("(2×)");
  await expectNoAxeViolations(admin);

  const href = await admin.getByRole("link", { name: /Downloaden als CSV/ }).getAttribute("href");
  const csv = await admin.request.get(href!);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const text = await csv.text();
  expect(text.split("\r\n")[0]).toContain("Tijd;Wie;Rol;Gebeurtenis");
  expect(text.match(/Sanne de Vries opende het dossier van L\. Visser/g)).toHaveLength(2);

  const patient = await (await browser.newContext()).newPage();
  await login(patient, demo.patient);
  await patient.goto("/portaal/gegevens");
  await patient.getByRole("link", { name: "Naar het overzicht van inzage" }).click();
  await expect(patient.getByRole("heading", { level: 1 })).toHaveText("Wie heeft mijn dossier ingezien");
  await expect(patient.getByText("Sanne de Vries opende jouw dossier (2 keer)")).toBeVisible();
  await expectNoAxeViolations(patient);
  await logout(patient);
});
