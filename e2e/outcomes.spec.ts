import { expect, test } from "@playwright/test";
import { demo, login } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";

/** Issue 17, point 3: the patient fills in PSK and NPRS in the portal and sees both trends. */
test("a patient fills in PSK and NPRS in the portal and sees the trend", async ({ page }) => {
  await login(page, demo.patient);
  await page.getByRole("link", { name: "Metingen" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Metingen");
  await page.getByRole("button", { name: "Metingen opslaan" }).click();
  await expect(page.getByText(/Noem 3 tot 5 activiteiten/)).toBeVisible();
  await page.getByLabel("Activiteit 1", { exact: true }).fill("Hardlopen");
  await page.getByLabel("Cijfer 1 (0–10)").fill("6");
  await page.getByLabel("Activiteit 2", { exact: true }).fill("Lang zitten");
  await page.getByLabel("Cijfer 2 (0–10)").fill("4");
  await page.getByLabel("Activiteit 3", { exact: true }).fill("Traplopen");
  await page.getByLabel("Cijfer 3 (0–10)").fill("2");
  await page.getByLabel(/NPRS/).fill("3");
  await page.getByRole("button", { name: "Metingen opslaan" }).click();
  await expect(page.getByText("Dank je, je metingen zijn opgeslagen.")).toBeVisible();
  await expect(page.getByRole("table", { name: "PSK-gemiddelde per meting" })).toContainText("4");
  await expect(page.getByRole("table", { name: "NPRS per meting" })).toContainText("3");
  await expectNoAxeViolations(page);
});
