import { expect, test } from "@playwright/test";
import { demo, login, logout } from "./support/accounts";
import { chooseFirstFreeTime, fillIntake, openLatestEmail } from "./support/booking";

/**
 * The whole product in one story: a new patient books, activates the portal from the e-mail, the therapist
 * prescribes the practice's hamstring plan, and the patient follows and logs it at home.
 */
test("book → activate from the e-mail → the therapist assigns the plan → the patient logs a session and sees it in progress", async ({ browser }) => {
  test.setTimeout(180_000);
  const roos = { name: "Roos Meijer", email: "roos.meijer@voorbeeld.test", password: "roos rent weer door het bos" };
  const patient = await (await browser.newContext()).newPage();

  // 1. Booking with the intake.
  await chooseFirstFreeTime(patient);
  await fillIntake(patient, roos);
  await patient.getByRole("button", { name: "Verder naar controleren" }).click();
  await patient.getByRole("button", { name: "Afspraak bevestigen" }).click();
  await expect(patient).toHaveURL(/\/afspraak\/bevestigd$/);

  // 2. The confirmation e-mail invites her to the portal with a one-time link.
  const mail = await openLatestEmail(patient, roos.email);
  const link = /\/wachtwoord\/activeren\/[A-Za-z0-9_-]{43}/.exec(mail)?.[0];
  expect(link, "activation link in the confirmation e-mail").toBeTruthy();
  await patient.goto(link!);
  await patient.getByLabel("Nieuw wachtwoord", { exact: true }).fill(roos.password);
  await patient.getByLabel("Herhaal je nieuwe wachtwoord").fill(roos.password);
  await patient.getByRole("button", { name: "Wachtwoord instellen" }).click();
  // Issue 12, point 9: she is signed in at once and lands in her portal.
  await expect(patient).toHaveURL(/\/portaal\?welkom=1$/);

  // 3. The therapist finds her, and starts the practice's hamstring plan.
  const therapist = await (await browser.newContext()).newPage();
  await login(therapist, demo.therapist);
  await therapist.goto("/praktijk/patienten?q=Roos");
  await therapist.getByRole("link", { name: roos.name }).first().click();
  await expect(therapist.getByRole("heading", { level: 1 })).toContainText(roos.name);
  await therapist.getByRole("link", { name: "Plan starten" }).click();
  await therapist.getByRole("button", { name: "Start met het hamstringplan" }).click();
  await expect(therapist.getByText("Rustig opbouwen").first()).toBeVisible();
  await therapist.getByRole("button", { name: "Publiceren" }).click();
  await expect(therapist.getByText(/Het plan is gepubliceerd als versie 1/)).toBeVisible();
  await logout(therapist);

  // 4. At home: her plan, a logged session with pain scores, and the progress page showing it.
  await patient.goto("/portaal/plan");
  await expect(patient.getByRole("heading", { name: "Rustig opbouwen", level: 2 })).toBeVisible();
  await patient.getByRole("link", { name: "Naar je lijst van vandaag" }).click();
  await patient.getByRole("group", { name: "Isometrische hamstringhold" }).getByLabel("Gedaan", { exact: true }).check();
  await patient.getByLabel("Pijn tijdens het oefenen").selectOption("3");
  await patient.getByRole("button", { name: "Opslaan" }).click();
  await expect(patient.getByText(/Één oefening opgeslagen\./)).toBeVisible();
  await patient.goto("/portaal/voortgang");
  // One row per session: exercises, pain during, the next morning (not asked yet), the advice, the note.
  const session = patient.getByRole("table", { name: "Je sessies, nieuwste eerst" }).getByRole("row").nth(1).getByRole("cell");
  await expect(session.nth(0)).toHaveText("1 gedaan");
  await expect(session.nth(1)).toHaveText("3");
  await expect(session.nth(2)).toHaveText("–");
});
