import { expect, type Page } from "@playwright/test";

/** The demo accounts the e2e runner's database is seeded with (db/seed-data/demo.ts). */
export const demo = {
  patient: { email: "patient@keten.test", password: "oefenen-elke-dag", name: "Lotte Visser" },
  therapist: { email: "sanne@keten.test", password: "ketenanalyse-demo", name: "Sanne de Vries" },
  secondTherapist: { email: "joris@keten.test", password: "sportfysio-demo", name: "Joris Bakker" },
  admin: { email: "admin@keten.test", password: "praktijk-beheer-demo", name: "Eva Jansen" },
} as const;

export async function login(page: Page, account: { email: string; password: string }, next?: string): Promise<void> {
  await page.goto(next ? `/inloggen?volgende=${encodeURIComponent(next)}` : "/inloggen");
  await page.getByLabel("E-mailadres").fill(account.email);
  await page.getByLabel("Wachtwoord").fill(account.password);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).not.toHaveURL(/\/inloggen/);
}

export async function logout(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Uitloggen", exact: true }).click();
  await expect(page).toHaveURL(/\/inloggen\?uitgelogd=1/);
}
