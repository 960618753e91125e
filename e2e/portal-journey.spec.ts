import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { login, logout } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { portalPatients } from "./support/portal-accounts";

const { carla, dirk } = portalPatients;

test("a new patient activates the portal, sees the plan, logs a session with pain scores and sees it in progress", async ({ page }) => {
  // The activation link from the booking e-mail (a known token in the fixture set).
  await page.goto(`/wachtwoord/activeren/${carla.activationToken}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Activeer je portaal");
  await expect(page.getByText(carla.email)).toBeVisible();
  await expectNoAxeViolations(page);

  // The policy explains itself next to the field, and nothing is used up.
  await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill("password1");
  await page.getByLabel("Herhaal je nieuwe wachtwoord").fill("password1");
  await page.getByRole("button", { name: "Wachtwoord instellen" }).click();
  await expect(page.getByLabel("Nieuw wachtwoord", { exact: true })).toHaveAccessibleDescription(/veelgebruikte wachtwoorden/);
  await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill("carla loopt weer hard");
  await page.getByLabel("Herhaal je nieuwe wachtwoord").fill("carla loopt weer zacht");
  await page.getByRole("button", { name: "Wachtwoord instellen" }).click();
  await expect(page.getByLabel("Herhaal je nieuwe wachtwoord")).toHaveAccessibleDescription(/niet hetzelfde/);

  await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill("carla loopt weer hard");
  await page.getByLabel("Herhaal je nieuwe wachtwoord").fill("carla loopt weer hard");
  await page.getByRole("button", { name: "Wachtwoord instellen" }).click();
  // Issue 12, point 9: signed in at once, in the portal.
  await expect(page).toHaveURL(/\/portaal\?welkom=1$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vandaag");
  await expect(page.getByText("Welkom, Carla. Je portaal is klaar.")).toBeVisible();

  // The link works once.
  await page.goto(`/wachtwoord/activeren/${carla.activationToken}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Deze link werkt niet meer");
  await expect(page.getByRole("link", { name: "Nieuwe link aanvragen" })).toHaveAttribute("href", "/wachtwoord/vergeten");
  await expectNoAxeViolations(page);

  await page.goto("/portaal");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vandaag");
  await expect(page.getByText("Hallo Carla")).toBeVisible();
  await expect(page.getByText(/fase 1: Rustig opbouwen/)).toBeVisible();
  await expect(page.getByText("van 7 trainingen gedaan")).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("navigation", { name: "Mijn portaal: menu" }).getByRole("link", { name: "Mijn plan" }).click();
  await expect(page.getByRole("heading", { name: "Rustig opbouwen", level: 2 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Isometrische hamstringhold" })).toBeVisible();
  await expect(page.getByText("5 × 30 seconden vasthouden")).toBeVisible();
  await expect(page.getByText("Je wandelt zonder pijn")).toBeVisible();
  await expect(page.getByText(/eerste effecten merk je meestal na 2 tot 3 weken/)).toBeVisible();
  await expectNoAxeViolations(page);

  // The plan shows each exercise's drawing with its description.
  await expect(page.getByRole("img", { name: "Isometrische hamstringhold" })).toBeVisible();

  await page.getByRole("link", { name: "Naar je lijst van vandaag" }).click();
  await expect(page).toHaveURL(/\/portaal$/);
  // Phase 1 is pain-free: the pain field says so.
  await expect(page.getByLabel("Pijn tijdens het oefenen")).toHaveAccessibleDescription(/pijnvrij/);
  await page.getByRole("group", { name: "Isometrische hamstringhold" }).getByLabel("Gedaan", { exact: true }).check();
  await page.getByRole("group", { name: "Pijnvrij wandelen of licht fietsen" }).getByLabel("Gedaan, aangepast").check();
  await page.getByLabel("Pijn tijdens het oefenen").selectOption("3");
  // Too long a note: the message sits next to the field and what was chosen stays.
  // The field's maxlength stops a browser from typing more; the server checks for any other client.
  await page.getByLabel("Notitie (mag leeg blijven)").evaluate((field) => ((field as HTMLTextAreaElement).value = "x".repeat(1001)));
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByLabel("Notitie (mag leeg blijven)")).toHaveAccessibleDescription(/Je notitie is te lang: hoogstens 1000 tekens\./);
  await expect(page.getByLabel("Pijn tijdens het oefenen")).toHaveValue("3");
  await expect(page.getByRole("group", { name: "Isometrische hamstringhold" }).getByLabel("Gedaan", { exact: true })).toBeChecked();
  await page.getByLabel("Notitie (mag leeg blijven)").fill("Rustig gewandeld, ging goed.");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByText(/2 oefeningen opgeslagen\./)).toBeVisible();
  // In phase 1 pain during exercise breaks the rule: the advice says to take a step back, and why.
  await expect(page.getByRole("region", { name: /Advies na je sessie/ })).toContainText("Een stap terug");
  await expect(page.getByRole("region", { name: /Advies na je sessie/ })).toContainText("pijnvrij");

  // The same day the log can be changed.
  await page.getByLabel("Pijn tijdens het oefenen").selectOption("4");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByText(/2 oefeningen bijgewerkt\./)).toBeVisible();

  await page.getByRole("navigation", { name: "Mijn portaal: menu" }).getByRole("link", { name: "Voortgang" }).click();
  // One row per session: exercises, pain during, the next morning (not asked yet), the advice, the note.
  const sessions = page.getByRole("table", { name: "Je sessies, nieuwste eerst" });
  await expect(sessions.getByRole("row")).toHaveCount(2);
  await expect(sessions.getByRole("row").nth(1).getByRole("cell")).toHaveText(["1 gedaan, 1 aangepast", "4", "–", "Een stap terug", "Rustig gewandeld, ging goed."]);
  const weeks = page.getByRole("table", { name: "Trainingen per week" });
  await expect(weeks.getByRole("row").nth(1).getByRole("cell")).toHaveText(["1", "7", "14%"]);
  await expect(page.getByRole("img", { name: /Lijndiagram van je pijnscores/ })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Rustig gewandeld, ging goed." })).toBeVisible();
  await expectNoAxeViolations(page);

  // The printable plan: one section per phase.
  await page.goto("/portaal/plan");
  await page.getByRole("link", { name: "Plan afdrukken" }).click();
  await expect(page.getByRole("heading", { level: 2, name: /^Fase \d:/ })).toHaveCount(4);
  await expectNoAxeViolations(page);

  // Mijn gegevens: the export holds the session just logged.
  await page.goto("/portaal/gegevens");
  await expectNoAxeViolations(page);
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download mijn gegevens (JSON)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^mijn-gegevens-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(await readFile((await download.path())!, "utf8"));
  expect(exported.account.email).toBe(carla.email);
  expect(exported.exerciseLogs.map((log: { note: string }) => log.note)).toContain("Rustig gewandeld, ging goed.");

  await logout(page);
  await page.goto("/portaal/voortgang");
  await expect(page).toHaveURL(/\/inloggen\?volgende=%2Fportaal%2Fvoortgang/);
});

test("a forgotten password is reset through the link in the e-mail", async ({ page }) => {
  await page.goto("/wachtwoord/vergeten");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Stuur mij een link" }).click();
  await expect(page.getByLabel("E-mailadres")).toHaveAccessibleDescription("Vul je e-mailadres in.");

  // Known or not: the same answer.
  for (const email of ["niemand-hier@portaal.test", dirk.email]) {
    await page.goto("/wachtwoord/vergeten");
    await page.getByLabel("E-mailadres").fill(email);
    await page.getByRole("button", { name: "Stuur mij een link" }).click();
    await expect(page.getByText(/Als dit e-mailadres bij ons bekend is/)).toBeVisible();
    await expect(page.getByLabel("E-mailadres")).toHaveValue(email);
  }

  await page.goto("/dev/mail");
  // One reset mail for Dirk (other specs may have sent him other mail, e.g. a held booking to confirm).
  const mails = page.getByRole("row").filter({ hasText: dirk.email }).filter({ hasText: "Kies een nieuw wachtwoord" });
  await expect(mails).toHaveCount(1);
  await mails.getByRole("link", { name: "Kies een nieuw wachtwoord" }).click();
  await page.getByRole("link", { name: /\/wachtwoord\/herstellen\// }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kies een nieuw wachtwoord");
  await expectNoAxeViolations(page);
  await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill(dirk.email);
  await page.getByLabel("Herhaal je nieuwe wachtwoord").fill(dirk.email);
  await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  await expect(page.getByLabel("Nieuw wachtwoord", { exact: true })).toHaveAccessibleDescription(/e-mailadres niet als wachtwoord/);
  await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill("dirk onthoudt dit nu wel");
  await page.getByLabel("Herhaal je nieuwe wachtwoord").fill("dirk onthoudt dit nu wel");
  await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  await expect(page).toHaveURL(/\/inloggen\?wachtwoord=gewijzigd/);

  // The old password no longer works, the new one does, and a notice went out.
  await page.getByLabel("E-mailadres").fill(dirk.email);
  await page.getByLabel("Wachtwoord").fill(dirk.password);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByText("Dit e-mailadres en wachtwoord horen niet bij elkaar.")).toBeVisible();
  await login(page, { email: dirk.email, password: "dirk onthoudt dit nu wel" });
  await expect(page).toHaveURL(/\/portaal$/);
  await page.goto("/dev/mail");
  await expect(page.getByRole("row").filter({ hasText: dirk.email }).filter({ hasText: "Je wachtwoord is gewijzigd" })).toHaveCount(1);
});

test("changing the password ends the other sessions; logging out everywhere ends this one too", async ({ browser }) => {
  const password = "dirk onthoudt dit nu wel";
  const laptop = await (await browser.newContext()).newPage();
  const phone = await (await browser.newContext()).newPage();
  await login(laptop, { email: dirk.email, password });
  await login(phone, { email: dirk.email, password });

  await phone.goto("/portaal/gegevens");
  await phone.getByLabel("Huidig wachtwoord").fill("fout wachtwoord");
  await phone.getByLabel("Nieuw wachtwoord", { exact: true }).fill("een heel nieuw wachtwoord");
  await phone.getByLabel("Herhaal je nieuwe wachtwoord").fill("een heel nieuw wachtwoord");
  await phone.getByRole("button", { name: "Wachtwoord wijzigen" }).click();
  await expect(phone.getByLabel("Huidig wachtwoord")).toHaveAccessibleDescription("Dit is niet je huidige wachtwoord.");

  await phone.getByLabel("Huidig wachtwoord").fill(password);
  await phone.getByLabel("Nieuw wachtwoord", { exact: true }).fill("een heel nieuw wachtwoord");
  await phone.getByLabel("Herhaal je nieuwe wachtwoord").fill("een heel nieuw wachtwoord");
  await phone.getByRole("button", { name: "Wachtwoord wijzigen" }).click();
  await expect(phone).toHaveURL(/\/portaal\/gegevens\?wachtwoord=gewijzigd/);
  await expect(phone.getByText("Je wachtwoord is gewijzigd.")).toBeVisible();

  // The other device is logged out at once; this one stays in.
  await laptop.goto("/portaal/plan");
  await expect(laptop).toHaveURL(/\/inloggen\?volgende=/);
  await phone.goto("/portaal/plan");
  await expect(phone).toHaveURL(/\/portaal\/plan$/);

  await login(laptop, { email: dirk.email, password: "een heel nieuw wachtwoord" });
  await phone.goto("/portaal/gegevens");
  await phone.getByRole("button", { name: "Overal uitloggen" }).click();
  await expect(phone).toHaveURL(/\/inloggen\?uitgelogd=overal/);
  await expect(phone.getByText("Je bent op al je apparaten uitgelogd.")).toBeVisible();
  await laptop.goto("/portaal");
  await expect(laptop).toHaveURL(/\/inloggen\?volgende=/);
});
