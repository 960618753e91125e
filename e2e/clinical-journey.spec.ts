import { expect, test } from "@playwright/test";
import { demo, login } from "./support/accounts";
import { chooseFirstFreeTime, fillIntake, openLatestEmail } from "./support/booking";

/**
 * Issue 17, the full clinical journey: a new patient books with the intake and its red-flag questions; the
 * therapist confirms the screening at the first visit and writes the visit note, records the assessment, makes
 * the draft plan from the template with a PSK/NPRS criterion and publishes it; the patient fills in PSK and NPRS in the portal; the
 * criterion shows as met, the therapist advances the phase, and the patient sees the new phase.
 */
test("intake with screening → visit note → assessment → draft plan → publish → PSK/NPRS by the patient → criterion met → advance", async ({ browser }) => {
  test.setTimeout(240_000);
  const noor = { name: "Noor Hendriks", email: "noor.hendriks@voorbeeld.test", password: "noor fietst elke ochtend naar de club" };
  const patient = await (await browser.newContext()).newPage();

  // 1. Booking with the intake (the red-flag questions answered calmly), then the portal from the e-mail.
  await chooseFirstFreeTime(patient);
  await fillIntake(patient, noor);
  await patient.getByRole("button", { name: "Verder naar controleren" }).click();
  await patient.getByRole("button", { name: "Afspraak bevestigen" }).click();
  await expect(patient).toHaveURL(/\/afspraak\/bevestigd$/);
  const link = /\/wachtwoord\/activeren\/[A-Za-z0-9_-]{43}/.exec(await openLatestEmail(patient, noor.email))?.[0];
  expect(link, "activation link in the confirmation e-mail").toBeTruthy();
  await patient.goto(link!);
  await patient.getByLabel("Nieuw wachtwoord", { exact: true }).fill(noor.password);
  await patient.getByLabel("Herhaal je nieuwe wachtwoord").fill(noor.password);
  await patient.getByRole("button", { name: "Wachtwoord instellen" }).click();
  await expect(patient).toHaveURL(/\/portaal\?welkom=1$/);

  // 2. First visit: the therapist confirms the direct-access screening with her (pluis) …
  const therapist = await (await browser.newContext()).newPage();
  await login(therapist, demo.therapist);
  await therapist.goto(`/praktijk/patienten?q=${encodeURIComponent("Noor")}`);
  await therapist.getByRole("link", { name: noor.name }).first().click();
  await expect(therapist.getByRole("heading", { level: 1 })).toContainText(noor.name);
  const record = therapist.url();
  await therapist.getByRole("link", { name: "Intake fase 1, screening en BSN" }).click();
  await expect(therapist.getByLabel("Hulpvraag (in de woorden van de patiënt)")).toHaveValue("Weer een hele wedstrijd spelen zonder pijn.");
  await therapist.getByLabel("Huisarts", { exact: true }).fill("Dr. P. Smit");
  await therapist.getByLabel("Zorgverzekeraar").fill("VGZ");
  await therapist.getByLabel("Direct toegankelijk (zonder verwijzing)").check();
  for (const radio of await therapist.getByLabel("Nee", { exact: true }).all()) await radio.check();
  await therapist.getByLabel("Pluis: behandelen").check();
  await therapist.getByLabel(/Ik heb deze screening bij het eerste bezoek/).check();
  await therapist.getByRole("button", { name: "Screening opslaan" }).click();
  await expect(therapist.getByRole("heading", { name: "Versie 1 · bevestigd bij het eerste bezoek" })).toBeVisible();

  // … and writes the note of that first visit, from the appointment on her record.
  await therapist.goto(record);
  await therapist.getByRole("table", { name: "Komende afspraken" }).getByRole("link").first().click();
  await expect(therapist.getByRole("heading", { level: 1 })).toHaveText(`Behandelnotitie van ${noor.name}`);
  await therapist.getByLabel("Klachten").fill("Trekkende pijn achter in het linkerbovenbeen bij sprinten, sinds drie weken.");
  await therapist.getByLabel("Onderzoek").fill("Heupabductie links zwak; hamstring links 160 N, rechts 200 N.");
  await therapist.getByLabel("Behandeling").fill("Uitleg over belasting en herstel; isometrische oefeningen voorgedaan.");
  await therapist.getByLabel("Afspraken").fill("Dagelijks de oefeningen van fase 1; over een week terug.");
  await therapist.getByRole("button", { name: "Notitie opslaan" }).click();
  await expect(therapist.getByText("De notitie is opgeslagen.")).toBeVisible();

  // 3. The assessment per link of the chain.
  await therapist.goto(record);
  await therapist.getByRole("link", { name: "Nieuwe beoordeling" }).click();
  await therapist.getByRole("group", { name: "Beoordeling heupen" }).getByLabel("Compenseert").check();
  await therapist.getByRole("group", { name: "Beoordeling hamstring" }).getByLabel("Beperkt").check();
  const hamstring = therapist.getByRole("group", { name: "Hamstring", exact: true });
  await hamstring.getByLabel("Kracht hamstring links (N)").fill("160");
  await hamstring.getByLabel("Kracht hamstring rechts (N)").fill("200");
  await therapist.getByRole("group", { name: "Zwakke schakels" }).getByLabel("Heupen").check();
  await therapist.getByRole("textbox", { name: "Conclusie" }).fill("De heupen zijn de zwakke schakel; de hamstring vangt het op.");
  await therapist.getByRole("button", { name: "Beoordeling opslaan" }).click();
  await expect(therapist.getByText("De beoordeling is opgeslagen.")).toBeVisible();
  await expect(therapist.getByRole("region", { name: "Laatste versie" }).getByText("Symmetrie: 80% (links zwakker)")).toBeVisible();

  // 4. The plan from the practice's template is a draft: phase 1 gets a criterion on the pain score, then the
  // therapist publishes it and the patient sees it.
  await therapist.goto(`${record}/plan`);
  await therapist.getByRole("button", { name: "Start met het hamstringplan" }).click();
  await expect(therapist.getByText(/Het concept staat klaar, gemaakt van het hamstringplan/)).toBeVisible();
  await therapist.getByRole("link", { name: "Fase 1 bewerken" }).click();
  await therapist.getByLabel("Criteria om door te gaan").fill("Je wandelt zonder pijn\nNPRS ≤ 2");
  await therapist.getByRole("button", { name: "Fase opslaan" }).click();
  await expect(therapist.getByText("De fase is bijgewerkt.", { exact: false })).toBeVisible();
  await therapist.goto(`${record}/plan`);
  await therapist.getByRole("button", { name: "Publiceren" }).click();
  await expect(therapist.getByText(/Het plan is gepubliceerd als versie 1/)).toBeVisible();
  await expect(therapist.getByRole("heading", { name: "Nu: fase 1, Rustig opbouwen" })).toBeVisible();
  await patient.goto("/portaal/plan");
  await expect(patient.getByRole("heading", { name: "Rustig opbouwen", level: 2 })).toBeVisible();

  // 5. At home she fills in PSK and NPRS in the portal.
  await patient.goto("/portaal/metingen");
  await patient.getByLabel("Activiteit 1", { exact: true }).fill("Sprinten");
  await patient.getByLabel("Cijfer 1 (0–10)").fill("3");
  await patient.getByLabel("Activiteit 2", { exact: true }).fill("Lang zitten");
  await patient.getByLabel("Cijfer 2 (0–10)").fill("1");
  await patient.getByLabel("Activiteit 3", { exact: true }).fill("Traplopen");
  await patient.getByLabel("Cijfer 3 (0–10)").fill("1");
  await patient.getByLabel(/NPRS/).fill("1");
  await patient.getByRole("button", { name: "Metingen opslaan" }).click();
  await expect(patient.getByText("Dank je, je metingen zijn opgeslagen.")).toBeVisible();

  // 6. The criterion is met by her measure; the therapist ticks the other one and advances.
  await therapist.goto(`${record}/plan`);
  await therapist.getByRole("link", { name: "Criteria toetsen en doorzetten" }).click();
  await expect(therapist.getByRole("heading", { level: 1 })).toHaveText("Doorzetten naar de volgende fase");
  await expect(therapist.getByLabel("NPRS ≤ 2")).toHaveAccessibleDescription(/Laatste NPRS: 1 \(ingevuld op .+\), gehaald\./);
  await expect(therapist.getByLabel("NPRS ≤ 2")).toBeChecked();
  await therapist.getByLabel("Je wandelt zonder pijn").check();
  await therapist.getByRole("button", { name: "Doorzetten naar Kracht opbouwen" }).click();
  await expect(therapist.getByRole("heading", { name: "Nu: fase 2, Kracht opbouwen" })).toBeVisible();

  // 7. She sees her new phase.
  await patient.goto("/portaal/plan");
  await expect(patient.getByRole("heading", { name: "Kracht opbouwen", level: 2 })).toBeVisible();

  // 8. Later she asks the practice to erase her data (issue 17, point 9): the record stays for its term, the
  // portal account is closed.
  await patient.goto("/portaal/gegevens");
  await patient.getByRole("button", { name: "Verzoek versturen" }).click();
  await expect(patient.getByText("Vink aan dat je om verwijdering vraagt.")).toBeVisible();
  await patient.getByLabel("Toelichting (niet verplicht)").fill("Ik ben hersteld en wil niet dat mijn gegevens blijven staan.");
  await patient.getByLabel("Ik vraag de praktijk mijn gegevens te verwijderen.").check();
  await patient.getByRole("button", { name: "Verzoek versturen" }).click();
  await expect(patient.getByText(/Je verzoek van .+ is ontvangen/)).toBeVisible();

  await therapist.goto("/praktijk/patienten");
  await therapist.getByRole("link", { name: new RegExp(`^${noor.name}, ontvangen`) }).click();
  await expect(therapist.getByRole("heading", { level: 1 })).toHaveText(`Verzoek om verwijdering van ${noor.name}`);
  await expect(therapist.getByText("Ik ben hersteld en wil niet dat mijn gegevens blijven staan.")).toBeVisible();
  await therapist.getByLabel("Portaalaccount sluiten").check();
  await therapist.getByRole("button", { name: "Antwoord versturen" }).click();
  await expect(therapist.getByText("Het antwoord is verstuurd. Het portaalaccount is gesloten; het dossier blijft bewaard.")).toBeVisible();
  await therapist.goto(record);
  await expect(therapist.getByRole("heading", { level: 1 })).toContainText(noor.name);

  // Her session has ended and she cannot log in again; the e-mail explains why the record stays.
  await patient.goto("/portaal/plan");
  await expect(patient).toHaveURL(/\/inloggen/);
  await patient.getByLabel("E-mailadres").fill(noor.email);
  await patient.getByLabel("Wachtwoord").fill(noor.password);
  await patient.getByRole("button", { name: "Inloggen" }).click();
  await expect(patient).toHaveURL(/\/inloggen/);
  const answer = await openLatestEmail(patient, noor.email);
  expect(answer).toContain("20 jaar na de laatste wijziging");
  expect(answer).toContain("artikel 7:455 BW");
});
