import { expect, test } from "@playwright/test";
import { demo, login } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { agendaPatients } from "./support/workspace-agenda";

/**
 * Issue 17, point 7: the agenda as a time grid with free time, each appointment's state and warning, opened by
 * keyboard to its page (note, state, follow-up).
 */
test("the agenda shows a time grid with free time and states, and an appointment opens from the keyboard", async ({ page }) => {
  await login(page, demo.therapist);
  await page.getByRole("link", { name: "Weekweergave" }).click();
  const grid = page.getByRole("region", { name: "Rooster" });
  await expect(grid.getByText(/^Vrij \d\d:\d\d–\d\d:\d\d$/).first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Dagweergave" }).click();
  // Visible: start, patient, state and warning; read besides (visually hidden, so a space may part them): end
  // time and service.
  const block = grid.getByRole("link", { name: new RegExp(`^06:40\\s?–07:40, ${agendaPatients.femke.name}\\s?, Bewegingsketenanalyse, Gepland · Dringend$`) });
  await expect(block).toContainText("Gepland · Dringend");
  await block.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Behandelnotitie van ${agendaPatients.femke.name}`);
  await expect(page.getByRole("link", { name: `Vervolgafspraak plannen voor ${agendaPatients.femke.name}` })).toBeVisible();
});
