import { expect, test } from "@playwright/test";
import { login } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { portalPatients } from "./support/portal-accounts";

/**
 * Issue 16, point 9: what a patient can take home on paper. "Mijn gegevens" as a readable document (beside
 * the JSON download) and the plan printed per phase, both checked on screen and with print media emulated.
 * Anna (fixture) is in phase 2 with four sessions logged (pain during 4, 3, 2, 1; the next morning 3, 2, 1, 0).
 */
const { anna, bram } = portalPatients;

const documentHeadings = ["Persoonsgegevens", "Afspraken", "Intakes", "Oefenplan", "Logboek, samengevat", "Meetresultaten", "Wie je dossier heeft ingezien"];

test("'Mijn gegevens' as a document: every heading, the log in one row per phase, and on paper without the portal's menu", async ({ page }) => {
  await login(page, anna);
  await page.goto("/portaal/gegevens");
  await page.getByRole("link", { name: "Lees mijn gegevens als document" }).click();
  await expect(page).toHaveURL(/\/portaal\/gegevens\/document$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Gegevens van ${anna.name}`);
  await expect(page.getByRole("heading", { level: 2 })).toHaveText(documentHeadings);
  await expect(page.getByText(anna.email)).toBeVisible();

  const log = page.getByRole("table", { name: "Je vastgelegde sessies per fase" });
  // Four sessions in phase 2 (five when the authorization spec's own log of today ran before, pain 2).
  const row = log.getByRole("row").filter({ hasText: /[45] sessies/ });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole("cell").nth(4)).toHaveText(/^gemiddeld 2,[45], hoogst 4$/);
  await expect(row.getByRole("cell").nth(5)).toHaveText("gemiddeld 1,5, hoogst 3");
  // Her plan with its phases and exercises in words, and her appointment.
  await expect(page.getByRole("heading", { level: 4, name: /^Fase 2: .*\(nu bezig\)$/ })).toBeVisible();
  await expect(page.getByRole("table", { name: "Je afspraken, oudste eerst" }).getByRole("row").filter({ hasText: "gepland" })).not.toHaveCount(0);
  // Who of the practice opened her record: a table, or (in a fresh database) the sentence that nobody did.
  await expect(page.getByRole("table", { name: "Inzage in je dossier, nieuwste eerst" }).or(page.getByText("Nog niemand van de praktijk heeft je dossier geopend."))).toBeVisible();
  expect(await page.content()).not.toContain(bram.name);
  await expectNoAxeViolations(page);

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("link", { name: "Vandaag", exact: true })).toBeHidden();
  await expect(page.getByRole("button", { name: "Afdrukken" })).toBeHidden();
  await expect(page.getByRole("heading", { level: 2 })).toHaveText(documentHeadings);
  for (const heading of documentHeadings) await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  // Printed tables repeat their header on each page and do not scroll sideways.
  expect(await log.locator("thead").evaluate((head) => getComputedStyle(head).display)).toBe("table-header-group");
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
});

test("the plan on paper: each phase on its own page, the controls left off, the tick-box grid printed", async ({ page }) => {
  await login(page, anna);
  await page.goto(`/portaal/plan/${anna.planId}/afdrukken`);
  await page.emulateMedia({ media: "print" });
  const phases = page.locator("section").filter({ has: page.getByRole("heading", { level: 2, name: /^Fase \d:/ }) });
  await expect(phases).toHaveCount(4);
  for (const breakAfter of await phases.evaluateAll((sections) => sections.map((s) => getComputedStyle(s).breakAfter))) expect(breakAfter).toBe("page");
  await expect(page.getByRole("button", { name: "Afdrukken" })).toBeHidden();
  await expect(page.getByRole("link", { name: "Alleen de huidige fase afdrukken" })).toBeHidden();
  await expect(page.getByRole("table", { name: /^Week van / }).first()).toBeVisible();

  await page.emulateMedia({ media: "screen" });
  await page.getByRole("link", { name: "Alleen de huidige fase afdrukken" }).click();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("heading", { level: 2, name: /^Fase \d:/ })).toHaveText([/^Fase 2:/]);
  await expect(page.getByRole("table", { name: /^Week van / })).toHaveCount(4);
});

test("the document is only ever the reader's own: B reads B's, staff are sent to their workspace, anonymous to the login page", async ({ page, browser }) => {
  await login(page, bram);
  await page.goto(`/portaal/gegevens/document?patientId=${anna.patientId}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Gegevens van ${bram.name}`);
  expect(await page.content()).not.toContain(anna.name);

  const anonymous = await (await browser.newContext()).newPage();
  await anonymous.goto("/portaal/gegevens/document");
  await expect(anonymous).toHaveURL(/\/inloggen\?volgende=%2Fportaal%2Fgegevens%2Fdocument/);
});
