import { expect, test, type Page } from "@playwright/test";
import { demo, login } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { portalPatients } from "./support/portal-accounts";

/**
 * Issue 16, point 6 (docs/decisions/022): a therapist adds a photo to a library exercise; Anna, whose plan
 * holds it, sees it beside the drawing; the file is served with its real type, nosniff and private caching,
 * and to nobody else: anonymous visitors and a patient whose plan does not hold the exercise get 404.
 */
const { anna } = portalPatients;
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");

async function uploadTo(page: Page, exercise: string, file: { name: string; mimeType: string; buffer: Buffer }, description: string) {
  await page.goto("/praktijk/oefeningen");
  await page.getByRole("link", { name: exercise, exact: true }).click();
  await page.getByLabel("Bestand").setInputFiles(file);
  await page.getByLabel("Wat is er te zien?").fill(description);
  await page.getByRole("button", { name: /^(Uploaden|Vervangen)$/ }).click();
}

const loaded = (page: Page, name: string) => page.getByRole("img", { name }).evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0);

test("a therapist's photo of an exercise: uploaded in the library, seen by the patient whose plan holds it, by nobody else", async ({ page, browser }) => {
  await login(page, demo.therapist);
  const description = "Eindpositie: langzaam voorover zakken, de enkels vastgehouden";

  // A file that only claims to be a photo is refused next to the field; the description is kept.
  await uploadTo(page, "Nordic hamstring curl", { name: "nordic.png", mimeType: "image/png", buffer: Buffer.from("<svg onload='alert(1)'/>") }, description);
  await expect(page.getByText("Dit bestand is geen JPEG-, PNG- of WebP-foto en geen MP4- of WebM-filmpje. Er is niets opgeslagen.")).toBeVisible();
  await expect(page.getByLabel("Bestand")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Wat is er te zien?")).toHaveValue(description);

  await page.getByLabel("Bestand").setInputFiles({ name: "nordic.png", mimeType: "image/png", buffer: PNG });
  await page.getByRole("button", { name: "Uploaden" }).click();
  await expect(page.getByText("De foto of het filmpje is opgeslagen.")).toBeVisible();
  // Beside the practice's drawing.
  await expect(page.getByRole("img", { name: "Nordic hamstring curl" })).toBeVisible();
  await expect(page.getByRole("img", { name: description })).toBeVisible();
  expect(await loaded(page, description)).toBe(true);
  await expectNoAxeViolations(page);
  const src = (await page.getByRole("img", { name: description }).getAttribute("src"))!;

  // Anna's plan holds the exercise: she sees the photo on her plan.
  const annaPage = await (await browser.newContext()).newPage();
  await login(annaPage, anna);
  await annaPage.goto("/portaal/plan");
  const card = annaPage.getByRole("article").filter({ has: annaPage.getByRole("heading", { name: "Nordic hamstring curl" }) });
  await expect(card.getByRole("img", { name: description })).toBeVisible();
  await expect(card.getByText(`Foto van je therapeut: ${description}`)).toBeVisible();
  expect(await loaded(annaPage, description)).toBe(true);
  const served = await annaPage.request.get(src);
  expect(served.status()).toBe(200);
  expect(served.headers()).toMatchObject({
    "content-type": "image/png",
    "x-content-type-options": "nosniff",
    "content-disposition": 'inline; filename="nordic-hamstring-curl.png"',
    "cache-control": "private, max-age=3600",
  });
  expect(Buffer.from(await served.body()).equals(PNG)).toBe(true);

  // Anonymous: the same 404 as for an address that does not exist.
  const anonymous = await (await browser.newContext()).newPage();
  expect((await anonymous.request.get(src)).status()).toBe(404);
  expect((await anonymous.request.get("/oefenbeeld/00000000-0000-4000-8000-000000000000")).status()).toBe(404);

  // An exercise her plan does not hold: the therapist's photo of it is not hers to see.
  await uploadTo(page, "90-90 heupmobiliteit", { name: "heup.png", mimeType: "image/png", buffer: PNG }, "Zittend, beide knieën in een hoek van negentig graden");
  await expect(page.getByText("De foto of het filmpje is opgeslagen.")).toBeVisible();
  const other = (await page.getByRole("img", { name: "Zittend, beide knieën in een hoek van negentig graden" }).getAttribute("src"))!;
  expect((await annaPage.request.get(other)).status()).toBe(404);
  expect((await page.request.get(other)).status()).toBe(200);

  // The therapist removes the photo: gone for Anna too.
  await page.goto("/praktijk/oefeningen");
  await page.getByRole("link", { name: "Nordic hamstring curl", exact: true }).click();
  await page.getByRole("button", { name: "Foto of filmpje verwijderen" }).click();
  await expect(page.getByText("De foto of het filmpje is verwijderd.")).toBeVisible();
  expect((await annaPage.request.get(src)).status()).toBe(404);
});
