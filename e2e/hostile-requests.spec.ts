import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { demo, login } from "./support/accounts";
import { downloadExport, formFields } from "./support/forms";

/**
 * Issue 12, points 1, 3 and 10, against `next start`: the hostile requests of the issue posted to real
 * server actions (the login form and the portal's session log, with the page's own action fields) get a
 * Dutch 403 or 413 page, never a 500, and change nothing; the same post from our own origin still works.
 * The public pages served from the cache (whose plain reads skip the proxy) refuse them the same way. An
 * unknown manage link is a 404, a therapist on an admin page reads "geen toegang" (403), and no page logs an
 * unknown Permissions-Policy feature.
 */
const FIVE_MB = "x".repeat(5 * 1_048_576);

type Variant = { name: string; headers: (origin: string) => Record<string, string>; big?: true; status: 403 | 413 };
const hostile: Variant[] = [
  { name: "no Origin", headers: () => ({}), status: 403 },
  { name: "Origin: null", headers: () => ({ origin: "null" }), status: 403 },
  { name: "a foreign Origin", headers: () => ({ origin: "https://aanvaller.example", "sec-fetch-site": "cross-site" }), status: 403 },
  { name: "a forged X-Forwarded-Host", headers: () => ({ origin: "https://aanvaller.example", "x-forwarded-host": "aanvaller.example", "x-forwarded-proto": "https" }), status: 403 },
  { name: "5 MB", headers: (origin) => ({ origin }), big: true, status: 413 },
];

async function post(request: APIRequestContext, url: string, fields: Record<string, string>, headers: Record<string, string>, big?: true) {
  return request.post(url, { multipart: big ? { ...fields, opvulling: FIVE_MB } : fields, headers, maxRedirects: 0 });
}

async function expectRefused(response: Awaited<ReturnType<typeof post>>, variant: Variant) {
  expect(response.status(), variant.name).toBe(variant.status);
  const html = await response.text();
  expect(html, variant.name).toContain('lang="nl"');
  expect(html, variant.name).toMatch(variant.status === 403 ? /niets opgeslagen of gewijzigd/ : /hoogstens 1 MB/);
}

async function formOf(page: Page, path: string, button: string) {
  await page.goto(path);
  const form = page.locator("form", { has: page.getByRole("button", { name: button }) }).first();
  return formFields(form);
}

test("hostile posts to the login action are refused in Dutch, and sign no one in", async ({ page, baseURL }) => {
  const fields = { ...(await formOf(page, "/inloggen", "Inloggen")), email: demo.patient.email, password: demo.patient.password };
  for (const variant of hostile) {
    const response = await post(page.request, `${baseURL}/inloggen`, fields, variant.headers(baseURL!), variant.big);
    await expectRefused(response, variant);
    expect(response.headers()["set-cookie"] ?? "", variant.name).not.toContain("session");
  }
  // The portal still asks this browser to log in: nothing above signed it in.
  const portal = await page.request.get("/portaal", { maxRedirects: 0 });
  expect(portal.status()).toBe(307);
});

test("hostile posts to the portal's session log are refused in Dutch and store nothing; our own origin still gets through", async ({ page, baseURL }) => {
  await login(page, demo.patient);
  const fields = await formOf(page, "/portaal", "Opslaan");
  const form = { ...fields, painDuring: "2", note: "Vandaag ging het soepel." };
  const before = (await downloadExport(page)).exerciseLogs.length;
  for (const variant of hostile) await expectRefused(await post(page.request, `${baseURL}/portaal`, form, variant.headers(baseURL!), variant.big), variant);
  expect((await downloadExport(page)).exerciseLogs.length).toBe(before);

  // The same post from our own origin reaches the action (a page, not a refusal), control character and all.
  const own = await post(page.request, `${baseURL}/portaal`, { ...form, note: "Van onze eigen pagina, met een NUL\u0000 erin." }, { origin: baseURL! });
  expect(own.status()).toBeLessThan(400);
  expect(await own.text()).not.toContain("niets opgeslagen of gewijzigd");
});

test("hostile posts to the public pages served from the cache are refused in Dutch, while reading them still works", async ({ page, baseURL }) => {
  // A plain read of these pages skips the proxy (issue 14, point 3); anything with a body or an Origin does not.
  for (const path of ["/", "/kennisbank", "/kennisbank/overbelaste-hamstring", "/klachtencheck", "/privacy", "/praktisch"]) {
    for (const variant of hostile) {
      await expectRefused(await post(page.request, `${baseURL}${path}`, { antwoord: "ja" }, variant.headers(baseURL!), variant.big), variant);
    }
    const read = await page.request.get(path);
    expect(read.status(), path).toBe(200);
    expect(read.headers()["content-security-policy"], path).toMatch(/script-src 'self' 'sha256-/);
  }
});

test("an unknown manage link is a 404 that says what to do", async ({ page }) => {
  const response = await page.goto("/afspraak/beheer/een-link-die-wij-nooit-hebben-verstuurd-000000");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Deze link werkt niet (meer)");
});

test("a therapist on an admin page reads 'geen toegang' (403), not 'niet gevonden'", async ({ page }) => {
  await login(page, demo.therapist);
  const response = await page.goto("/praktijk/team");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Geen toegang");
});

test("no page logs an unrecognised Permissions-Policy feature", async ({ page }) => {
  const messages: string[] = [];
  page.on("console", (message) => messages.push(message.text()));
  for (const path of ["/", "/afspraak", "/inloggen", "/kennisbank"]) {
    const response = await page.goto(path);
    expect(response?.headers()["permissions-policy"]).toBeTruthy();
  }
  expect(messages.filter((text) => /Unrecognized feature|Permissions-Policy/i.test(text))).toEqual([]);
});
