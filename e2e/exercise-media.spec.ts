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
  await uploadTo(page, "Kuitstretch op een wedge", { name: "kuit.png", mimeType: "image/png", buffer: PNG }, "Staand, de voorvoet op de wedge, de hak op de grond");
  await expect(page.getByText("De foto of het filmpje is opgeslagen.")).toBeVisible();
  const other = (await page.getByRole("img", { name: "Staand, de voorvoet op de wedge, de hak op de grond" }).getAttribute("src"))!;
  expect((await annaPage.request.get(other)).status()).toBe(404);
  expect((await page.request.get(other)).status()).toBe(200);

  // The therapist removes the photo: gone for Anna too.
  await page.goto("/praktijk/oefeningen");
  await page.getByRole("link", { name: "Nordic hamstring curl", exact: true }).click();
  await page.getByRole("button", { name: "Foto of filmpje verwijderen" }).click();
  await expect(page.getByText("De foto of het filmpje is verwijderd.")).toBeVisible();
  expect((await annaPage.request.get(src)).status()).toBe(404);
});

test("a short video: recorded in the browser, uploaded, and played on the patient's plan, seekable by byte ranges", async ({ page, browser }) => {
  await login(page, demo.therapist);
  await page.goto("/praktijk/oefeningen");
  // A real WebM, made by Chromium itself: one second of a canvas, recorded.
  const webm = await page.evaluate(async () => {
    const canvas = document.createElement("canvas");
    canvas.width = 64;
    canvas.height = 48;
    const context = canvas.getContext("2d")!;
    const recorder = new MediaRecorder(canvas.captureStream(10), { mimeType: "video/webm" });
    const chunks: Blob[] = [];
    recorder.ondataavailable = (event) => chunks.push(event.data);
    const stopped = new Promise((resolve) => (recorder.onstop = resolve));
    recorder.start();
    for (let frame = 0; frame < 10; frame++) {
      context.fillStyle = frame % 2 ? "#1d5c46" : "#ffffff";
      context.fillRect(0, 0, 64, 48);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    recorder.stop();
    await stopped;
    return Array.from(new Uint8Array(await new Blob(chunks).arrayBuffer()));
  });
  const description = "Het filmpje: heupen omhoog, twee tellen vasthouden, langzaam terug";
  await uploadTo(page, "Bilbrug (glute bridge)", { name: "bilbrug.webm", mimeType: "video/webm", buffer: Buffer.from(webm) }, description);
  await expect(page.getByText("De foto of het filmpje is opgeslagen.")).toBeVisible();

  const annaPage = await (await browser.newContext()).newPage();
  await login(annaPage, anna);
  await annaPage.goto("/portaal/plan");
  const card = annaPage.getByRole("article").filter({ has: annaPage.getByRole("heading", { name: "Bilbrug (glute bridge)" }) });
  await expect(card.getByText(`Filmpje van je therapeut: ${description}`)).toBeVisible();
  const video = card.locator("video");
  await expect(video).toHaveAttribute("aria-label", description);
  // The player read the file's header from our route: it knows the video's size.
  await expect.poll(() => video.evaluate((v) => (v as HTMLVideoElement).readyState)).toBeGreaterThanOrEqual(1);
  expect(await video.evaluate((v) => (v as HTMLVideoElement).videoWidth)).toBe(64);
  const src = (await video.getAttribute("src"))!;
  const part = await annaPage.request.get(src, { headers: { range: "bytes=0-9" } });
  expect(part.status()).toBe(206);
  expect(part.headers()["content-range"]).toBe(`bytes 0-9/${webm.length}`);
  expect(part.headers()["content-type"]).toBe("video/webm");
  expect((await part.body()).length).toBe(10);
});
