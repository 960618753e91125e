import { expect, test } from "@playwright/test";
import { demo, freshTotpCode, login, logout } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { throttledPatient } from "./support/two-factor";

test("a patient logs in, lands in the portal, and logs out", async ({ page }) => {
  await page.goto("/inloggen");
  await expectNoAxeViolations(page);
  await login(page, demo.patient);
  await expect(page).toHaveURL(/\/portaal$/);
  // The portal opens on today's checklist (issue 16), greeting the patient by first name.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vandaag");
  await expect(page.getByText("Hallo Lotte", { exact: true })).toBeVisible();
  await expect(page.getByText("Ingelogd als")).toContainText(demo.patient.name);
  await expectNoAxeViolations(page);

  await logout(page);
  await expect(page.getByText("Je bent uitgelogd.")).toBeVisible();
  await page.goto("/portaal");
  await expect(page).toHaveURL(/\/inloggen\?volgende=%2Fportaal/);
});

test("a therapist lands in the workspace; a patient cannot open it", async ({ page }) => {
  await login(page, demo.therapist);
  await expect(page).toHaveURL(/\/praktijk$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Agenda");
  await logout(page);

  await login(page, demo.patient);
  await page.goto("/praktijk");
  await expect(page).toHaveURL(/\/portaal$/);
});

test("an anonymous visitor is sent to the login page and back after logging in", async ({ page }) => {
  await page.goto("/praktijk");
  await expect(page).toHaveURL(/\/inloggen\?volgende=%2Fpraktijk/);
  await expect(page.getByText("Log in om verder te gaan.")).toBeVisible();
  await page.getByLabel("E-mailadres").fill(demo.admin.email);
  await page.getByLabel("Wachtwoord").fill(demo.admin.password);
  await page.getByRole("button", { name: "Inloggen" }).click();
  // Staff pass a second factor before the workspace opens; the requested page is kept.
  await expect(page).toHaveURL(/\/inloggen\/tweestaps\?volgende=%2Fpraktijk/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tweestapsverificatie");
  await page.getByLabel("Code", { exact: true }).fill(await freshTotpCode(demo.admin.totpSecret));
  await page.getByRole("button", { name: "Bevestigen" }).click();
  await expect(page).toHaveURL(/\/praktijk$/);
});

test("a wrong password and an unknown e-mail get the same message and keep the e-mail", async ({ page }) => {
  for (const email of [demo.admin.email, "niemand@keten.test"]) {
    await page.goto("/inloggen");
    await page.getByLabel("E-mailadres").fill(email);
    await page.getByLabel("Wachtwoord").fill("niet-het-goede-wachtwoord");
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect(page.getByText("Dit e-mailadres en wachtwoord horen niet bij elkaar.")).toBeVisible();
    await expect(page.getByLabel("E-mailadres")).toHaveValue(email);
    await expect(page).toHaveURL(/\/inloggen$/);
  }
});

test("empty fields get an error next to each field", async ({ page }) => {
  await page.goto("/inloggen");
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByLabel("E-mailadres")).toHaveAccessibleDescription("Vul je e-mailadres in.");
  await expect(page.getByLabel("Wachtwoord")).toHaveAccessibleDescription("Vul je wachtwoord in.");
});

test("after five failed attempts the account is refused for a while, even with the right password", async ({ page }) => {
  // Only this test uses this account (a fixture), so its count of failures starts at zero and no other spec
  // meets the lock. The e-mail's case does not matter: the throttle counts per account.
  const account = throttledPatient;
  for (let attempt = 0; attempt < 5; attempt++) {
    await page.goto("/inloggen");
    await page.getByLabel("E-mailadres").fill(attempt % 2 ? account.email.toUpperCase() : account.email);
    await page.getByLabel("Wachtwoord").fill(`fout-${attempt}`);
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect(page.getByText("Dit e-mailadres en wachtwoord horen niet bij elkaar.")).toBeVisible();
  }
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(account.email);
  await page.getByLabel("Wachtwoord").fill(account.password);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByText("Te veel mislukte pogingen.")).toBeVisible();
  await expect(page).toHaveURL(/\/inloggen/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the login form still works", async ({ page }) => {
    await login(page, demo.admin);
    await expect(page).toHaveURL(/\/praktijk$/);
  });
});
