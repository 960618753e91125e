import { expect, test, type Page } from "@playwright/test";
import { login } from "./support/accounts";
import { portalPatients } from "./support/portal-accounts";

/**
 * The portal installs on a phone and works offline (issue 16 point 10, docs/decisions/021): today's checklist
 * opens without a connection, a log made offline is queued and sent once the phone is online again, and a
 * queued log sent twice is stored once. Anna (fixture) is in phase 2; the test uses the folded list when the
 * exercise it ticks is not due today.
 */
const { anna } = portalPatients;
const QUEUE = "keten-logboek-wachtrij";
const OFFLINE = "Je bent offline; je logboek wordt verstuurd zodra je weer online bent.";

async function tick(page: Page, exercise: string, choice: string) {
  const other = page.locator("details").filter({ hasText: "Andere oefeningen uit deze fase" });
  if ((await other.count()) && !(await other.evaluate((d) => (d as HTMLDetailsElement).open))) await other.locator("summary").click();
  await page.getByRole("group", { name: exercise, exact: true }).getByLabel(choice, { exact: true }).check();
}

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

test("the manifest names the portal in Dutch, starts on Vandaag and offers installable icons", async ({ page, request }) => {
  await login(page, anna);
  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  expect(href).toBe("/manifest.webmanifest");
  const manifest = await (await request.get(href!)).json();
  expect(manifest).toMatchObject({ lang: "nl", start_url: "/portaal", display: "standalone", theme_color: "#1d5c55" });
  expect(manifest.name).toContain("oefenportaal");
  for (const icon of manifest.icons) expect((await request.get(icon.src)).status()).toBe(200);
  expect(manifest.icons.map((icon: { sizes: string }) => icon.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  // The public site links no manifest: only the portal is the app.
  await page.goto("/praktisch");
  await expect(page.locator('link[rel="manifest"]')).toHaveCount(0);
});

test("offline: today's checklist still opens, a log is queued, sent once online, and a replay stores nothing", async ({ page, context }) => {
  await login(page, anna);
  await expect(page).toHaveURL(/\/portaal$/);
  // The worker keeps today's page and its files on the first visit (reached from the login page). The kept
  // page was seen to be written twice in the first seconds (once briefly absent in between), so the test
  // waits until it is still there a few seconds later.
  const kept = () => page.waitForFunction(async () => !!(await caches.match("/portaal", { cacheName: "keten-vandaag" })));
  await kept();
  await page.waitForTimeout(3000);
  await kept();

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vandaag");
  await expect(page.getByText(OFFLINE).first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Opslaan" })).toBeVisible();

  await tick(page, "Nordic hamstring curl", "Gedaan");
  await page.getByLabel("Pijn tijdens het oefenen").selectOption("4");
  await page.getByLabel("Notitie (mag leeg blijven)").fill("Offline in het park gedaan.");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByText(`Bewaard op je telefoon. ${OFFLINE}`)).toBeVisible();
  const queued = await page.evaluate((key) => localStorage.getItem(key), QUEUE);
  expect(JSON.parse(queued!)).toHaveLength(1);

  await context.setOffline(false);
  await expect(page.getByText("Je logboek dat offline was bewaard, is verstuurd.", { exact: false })).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), QUEUE)).toBeNull();
  await page.reload();
  await expect(page.getByText("Vandaag al vastgelegd", { exact: false })).toBeVisible();
  await expect(page.getByLabel("Pijn tijdens het oefenen")).toHaveValue("4");
  await expect(page.getByLabel("Notitie (mag leeg blijven)")).toHaveValue("Offline in het park gedaan.");

  // Anna corrects the day online; then her phone sends the queued copy again (its first answer lost).
  await page.getByLabel("Pijn tijdens het oefenen").selectOption("2");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByText("bijgewerkt", { exact: false })).toBeVisible();
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [QUEUE, queued]);
  await page.reload();
  await expect(page.getByText("Dit logboek was al ontvangen en opgeslagen. Er is niets dubbel vastgelegd.", { exact: false })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Pijn tijdens het oefenen")).toHaveValue("2");

  // Logging out removes the kept page and the queue from the phone.
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page).toHaveURL(/\/inloggen/);
  expect(await page.evaluate(async () => !!(await caches.match("/portaal", { cacheName: "keten-vandaag" })))).toBe(false);
});
