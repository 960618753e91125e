import { expect, type Page } from "@playwright/test";
import { generate } from "otplib";

/** The demo accounts the e2e runner's database is seeded with (db/seed-data/demo.ts). */
export const demo = {
  patient: { email: "patient@keten.test", password: "oefenen-elke-dag", name: "Lotte Visser" },
  therapist: { email: "sanne@keten.test", password: "ketenanalyse-demo", name: "Sanne de Vries", totpSecret: "KETENDEMOSANNEVRIESTWEESTAPSCODE" },
  secondTherapist: { email: "joris@keten.test", password: "sportfysio-demo", name: "Joris Bakker", totpSecret: "KETENDEMOJORISBAKKERTWEESTAPCODE" },
  admin: { email: "admin@keten.test", password: "praktijk-beheer-demo", name: "Eva Jansen", totpSecret: "KETENDEMOEVAJANSENBEHEERDERCODES" },
} as const;

/** The last time step whose code was used per secret: the app accepts each code once, so wait for a fresh one. */
const usedSteps = new Map<string, number>();

/** A code for the secret that this test run has not used yet (waits up to one 30-second step). */
export async function freshTotpCode(secret: string): Promise<string> {
  for (;;) {
    const step = Math.floor(Date.now() / 30_000);
    if ((usedSteps.get(secret) ?? -1) < step) {
      usedSteps.set(secret, step);
      return generate({ secret, epoch: step * 30 + 1 });
    }
    await new Promise((resolve) => setTimeout(resolve, (step + 1) * 30_000 - Date.now() + 50));
  }
}

/** Logs in; for an account with two-factor login (the demo staff) it enters a code from its secret too. */
export async function login(page: Page, account: { email: string; password: string; totpSecret?: string }, next?: string): Promise<void> {
  await page.goto(next ? `/inloggen?volgende=${encodeURIComponent(next)}` : "/inloggen");
  await page.getByLabel("E-mailadres").fill(account.email);
  await page.getByLabel("Wachtwoord").fill(account.password);
  await page.getByRole("button", { name: "Inloggen" }).click();
  if (account.totpSecret) {
    await expect(page).toHaveURL(/\/inloggen\/tweestaps/);
    // A code this process did not use may still have been used by an earlier worker: then the page says
    // so and we try once more with the next code.
    for (let attempt = 0; attempt < 2; attempt++) {
      await page.getByLabel("Code", { exact: true }).fill(await freshTotpCode(account.totpSecret));
      await page.getByRole("button", { name: "Bevestigen" }).click();
      const outcome = await Promise.race([
        page.waitForURL((url) => !url.pathname.startsWith("/inloggen"), { timeout: 15_000 }).then(() => "done" as const),
        page.getByText("Deze code klopt niet of is al gebruikt").waitFor({ timeout: 15_000 }).then(() => "retry" as const),
      ]);
      if (outcome === "done") break;
    }
  }
  await expect(page).not.toHaveURL(/\/inloggen/);
}

export async function logout(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Uitloggen", exact: true }).click();
  await expect(page).toHaveURL(/\/inloggen\?uitgelogd=1/);
}
