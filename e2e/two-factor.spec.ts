import { expect, test } from "@playwright/test";
import { demo, freshTotpCode, login, logout } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { expectStrictScriptPolicy } from "./support/csp";
import { newStaff, optInPatient } from "./support/two-factor";

test("a new therapist sets up two-factor login before the workspace opens, and can log in with a recovery code", async ({ page }) => {
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(newStaff.email);
  await page.getByLabel("Wachtwoord").fill(newStaff.password);
  await page.getByRole("button", { name: "Inloggen" }).click();

  // The workspace does not open: first the enrolment, with a QR code and the key to type over.
  await expect(page).toHaveURL(/\/inloggen\/tweestaps\/instellen/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tweestapsverificatie instellen");
  await expect(page.getByRole("img", { name: /QR-code om Keten/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto("/praktijk/afspraken");
  await expect(page).toHaveURL(/\/inloggen\/tweestaps\/instellen/);

  const key = (await page.locator("code").first().innerText()).replaceAll(" ", "");
  expect(key).toMatch(/^[A-Z2-7]{16,}$/);
  await page.getByLabel("Code uit je app").fill("123");
  await page.getByRole("button", { name: "Tweestapsverificatie aanzetten" }).click();
  await expect(page.getByText("Vul de zescijferige code uit je authenticator-app in.")).toBeVisible();
  // A wrong code puts the keyboard back in the field, its message read with it.
  await expect(page.getByLabel("Code uit je app")).toBeFocused();
  await expect(page.getByLabel("Code uit je app")).toHaveAccessibleDescription(/Vul de zescijferige code uit je authenticator-app in\./);

  await page.getByLabel("Code uit je app").fill(await freshTotpCode(key));
  await page.getByRole("button", { name: "Tweestapsverificatie aanzetten" }).click();
  await expect(page.getByText("Tweestapsverificatie staat aan.")).toBeVisible();
  const codes = await page.getByRole("list", { name: "Herstelcodes" }).getByRole("listitem").allInnerTexts();
  expect(codes).toHaveLength(10);
  await page.getByRole("link", { name: "Ik heb ze bewaard, verder" }).click();
  await expect(page).toHaveURL(/\/praktijk/);
  await logout(page);

  // Phone lost: a recovery code works once.
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(newStaff.email);
  await page.getByLabel("Wachtwoord").fill(newStaff.password);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(/\/inloggen\/tweestaps/);
  // The second step opens with the keyboard in the code field.
  await expect(page.getByLabel("Code", { exact: true })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.getByLabel("Code", { exact: true }).fill(codes[0]!);
  await page.getByRole("button", { name: "Bevestigen" }).click();
  await expect(page).toHaveURL(/\/praktijk/);
  await logout(page);

  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(newStaff.email);
  await page.getByLabel("Wachtwoord").fill(newStaff.password);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await page.getByLabel("Code", { exact: true }).fill(codes[0]!);
  await page.getByRole("button", { name: "Bevestigen" }).click();
  await expect(page.getByText("Deze code klopt niet of is al gebruikt")).toBeVisible();
  await expect(page).toHaveURL(/\/inloggen\/tweestaps/);
  await expect(page.getByLabel("Code", { exact: true })).toBeFocused();
  await expect(page.getByLabel("Code", { exact: true })).toHaveAccessibleDescription(/Deze code klopt niet of is al gebruikt/);
  await page.keyboard.type("000000");
  await expect(page.getByLabel("Code", { exact: true })).toHaveValue("000000");
});

test("a code is accepted once: the same code in a second session is refused", async ({ browser }) => {
  async function passwordStep(page: import("@playwright/test").Page) {
    await page.goto("/inloggen");
    await page.getByLabel("E-mailadres").fill(demo.admin.email);
    await page.getByLabel("Wachtwoord").fill(demo.admin.password);
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect(page).toHaveURL(/\/inloggen\/tweestaps/);
  }
  const first = await browser.newPage();
  await passwordStep(first);
  const code = await freshTotpCode(demo.admin.totpSecret);
  await first.getByLabel("Code", { exact: true }).fill(code);
  await first.getByRole("button", { name: "Bevestigen" }).click();
  await expect(first).toHaveURL(/\/praktijk/);

  // Someone who knows the password replays the code the first login just used.
  const second = await browser.newPage();
  await passwordStep(second);
  await second.getByLabel("Code", { exact: true }).fill(code);
  await second.getByRole("button", { name: "Bevestigen" }).click();
  await expect(second.getByText("Deze code klopt niet of is al gebruikt")).toBeVisible();
  await expect(second).toHaveURL(/\/inloggen\/tweestaps/);
});

test("dynamic pages carry a CSP nonce, the public pages a hash-based policy, and every response the security headers", async ({ request }) => {
  const login = await request.get("/inloggen");
  const dynamicCsp = login.headers()["content-security-policy"] ?? "";
  expect(dynamicCsp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(dynamicCsp).toContain("object-src 'none'");
  expect(dynamicCsp).toContain("base-uri 'none'");
  expect(dynamicCsp).toContain("frame-ancestors 'none'");
  const nonce = /'nonce-([^']+)'/.exec(dynamicCsp)![1]!;
  expect(await login.text()).toContain(`nonce="${nonce}"`);
  const again = await request.get("/inloggen");
  expect(again.headers()["content-security-policy"]).not.toBe(dynamicCsp);

  // The public pages are static App Router pages (docs/decisions/014, superseding 012): no nonce, one strict
  // policy that allows the framework's own files and each inline script by its hash, never 'unsafe-inline'.
  const article = await request.get("/kennisbank/kramp-in-je-hamstring");
  for (const path of ["/", "/kennisbank/kramp-in-je-hamstring", "/klachtencheck", "/privacy"]) {
    const response = await request.get(path);
    await expectStrictScriptPolicy(response);
    const csp = response.headers()["content-security-policy"] ?? "";
    expect(csp, path).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
    expect(csp, path).not.toContain("'nonce-");
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).toContain("form-action 'self'");
  }

  for (const response of [login, article]) {
    const headers = response.headers();
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("same-origin");
    expect(headers["permissions-policy"]).toContain("camera=()");
    expect(headers["strict-transport-security"]).toContain("max-age=");
  }
});

test("portal and workspace responses are never stored by a cache", async ({ page }) => {
  await login(page, demo.patient);
  const portal = await page.request.get("/portaal");
  expect(portal.headers()["cache-control"]).toContain("no-store");
  const cookies = await page.context().cookies();
  const session = cookies.find((c) => c.name.endsWith("keten.session"));
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toBe("Lax");
});

test("a patient may turn two-factor login on; from then on her login asks for a code", async ({ page }) => {
  await login(page, optInPatient);
  await page.goto("/portaal/gegevens");
  await page.getByRole("link", { name: "Tweestapsverificatie aanzetten" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tweestapsverificatie instellen");
  const key = (await page.locator("code").first().innerText()).replaceAll(" ", "");
  await page.getByLabel("Code uit je app").fill(await freshTotpCode(key));
  await page.getByRole("button", { name: "Tweestapsverificatie aanzetten" }).click();
  await expect(page.getByRole("list", { name: "Herstelcodes" }).getByRole("listitem")).toHaveCount(10);
  await page.getByRole("link", { name: "Ik heb ze bewaard, verder" }).click();
  await expect(page).toHaveURL(/\/portaal/);
  await page.goto("/portaal/gegevens");
  await expect(page.getByText(/Staat aan: bij het inloggen vragen we/)).toBeVisible();
  await logout(page);

  await login(page, { ...optInPatient, totpSecret: key });
  await expect(page).toHaveURL(/\/portaal$/);
});
